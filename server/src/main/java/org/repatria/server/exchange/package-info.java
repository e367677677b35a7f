/**
 * Running an exchange over the API and the desk: agreements, nominations, tranche plans, lifecycle moves, handovers,
 * acts, custody, reports. {@link org.repatria.server.exchange.Exchange} is the one entry point; the API's routes
 * ({@link org.repatria.server.exchange.ExchangeApi}) and the desk's pages call the same public methods.
 *
 * <p>How a handover act's signature reaches the log and the store:
 * <ol>
 * <li>{@code ExchangeApi} ({@code POST .../tranches/{number}/act/signatures}) or the desk's checklist calls
 *     {@code Exchange.signAct} with the side's signed body, or {@code Exchange.signActWithServerHeldKey}; either names
 *     whose key signs as a {@code SigningKey} ({@code Own} or {@code ServerHeld}). The desk first asks
 *     {@code Exchange.actToSign} what to sign (the same rule the check below applies).</li>
 * <li>{@code HandoverActs.sign} loads the {@code AcceptedAgreement}, requires a side, refuses an act already stored,
 *     draws the act up from the recorded checks ({@code HandoverChecks.directions}, core's {@code HandoverAct}) and
 *     collects in a {@code MoveBatch} the moves of the persons the signer receives; all this is a
 *     {@code CosignedTexts.Cosignature}.</li>
 * <li>{@code CosignedTexts.sign} checks the server-held key, then the order (not twice; the first signature relayed),
 *     which names the envelope this one answers; reads or signs the document; builds the {@code Signature} row and the
 *     rows riding with it ({@code Exchanges.signature}, or {@code signatureWithAct} storing the act with the second).</li>
 * <li>{@code ExchangeDocuments.submit} checks the document is the one expected (type, addressee, answered envelope,
 *     exact bytes) and hands it with its rows to {@code DocumentSteps.submit}, which checks signer, clock, digest and
 *     signature and appends through {@code TransparencyLog.append}.</li>
 * <li>The log's single writer stores the entry, the document and its rows in one transaction
 *     ({@code LogEntries.append}); a row refused there (someone signed first) stores nothing and becomes a 409
 *     ({@code error.Refusals.translate}).</li>
 * </ol>
 * A plan's signature takes the same steps from {@code TranchePlans.sign}, without moves or an act.
 */
package org.repatria.server.exchange;
