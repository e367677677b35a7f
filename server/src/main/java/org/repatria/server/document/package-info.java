/**
 * Documents on the log: what a party submits, the mediator relays and an addressee acknowledges, who may read each
 * ({@link org.repatria.server.document.DocumentReaders}), stored lists as signed documents, and the documents' API.
 *
 * <p>How a signed document reaches the log:
 * <ol>
 * <li>The request arrives: {@code POST /api/v1/documents} ({@code DocumentEndpoints.submit}), the desk's upload
 *     ({@code desk.DocumentUpload}), or an exchange step such as signing a handover act
 *     ({@code exchange.ExchangeDocuments.submit}).
 * <li>The signed entry is parsed ({@code LogEntry.parse}) and checked against the caller and the bytes
 *     ({@code DocumentSteps.submit}: kind, signer, clock, SHA-256, addressees).
 * <li>Need to know: a dispute or an answer concerns only a document delivered to the caller's party
 *     ({@code DisputeRules.check}, through {@code DocumentReaders}; an acknowledgement: {@code DocumentSteps.acknowledge}).
 * <li>The signature is verified against the party's registered keys ({@code DocumentSteps.checkSignature}).
 * <li>{@code DocumentSteps.append} queues the entry with its document and the rows riding with it
 *     ({@code store.log.EntryRows}) on {@code TransparencyLog.append}.
 * <li>The single writer takes the queue ({@code log.Appender.run}), refuses replays ({@code Appender.fresh}), hashes the
 *     batch ({@code log.BatchHashes}) and signs the new checkpoint ({@code Appender.commit}).
 * <li>The store writes entries, hashes, document rows, the rows riding with them and the checkpoint in one commit
 *     ({@code LogEntries.append}, docs/decisions/0118); only then is the batch visible ({@code log.CommittedTree.commit}).
 * <li>The caller gets a {@link org.repatria.server.log.LogPosition}, and the client its receipt with the inclusion proof
 *     ({@code LogMessages.ReceiptReply.of}, {@code TransparencyLog.receipt}).
 * </ol>
 */
package org.repatria.server.document;
