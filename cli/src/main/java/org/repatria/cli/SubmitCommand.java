package org.repatria.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.repatria.core.document.Digest;
import org.repatria.core.document.DocumentFormatException;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.party.PartyId;
import org.repatria.server.body.BodyLimits;
import org.repatria.server.log.LogEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code repatria submit}: signs a document's envelope on this machine and submits it; keeps the receipt. */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = "Signs the envelope of FILE (type, author, addressees, SHA-256, time) with your party's key on this "
            + "machine — the private key never leaves it — submits the document to the server and writes the receipt "
            + "(entry index, envelope, signed checkpoint, inclusion proof) that repatria verify --receipt checks.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:submitted; the receipt is written", "1:the server refused the document (the message says why)",
            "2:bad arguments or files, or the server could not be reached"})
final class SubmitCommand implements Callable<Integer> {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Mixin
    LogAddress address = new LogAddress();

    @Option(names = "--key", required = true, paramLabel = "FILE", description = "Your party's private key (repatria keygen).")
    Path key;

    @Option(names = "--as", required = true, paramLabel = "PARTY", description = "Your party's id, the document's author.")
    String author;

    @Option(names = "--to", required = true, split = ",", paramLabel = "PARTY", description = "Addressees (comma-separated).")
    List<String> addressees = new ArrayList<>();

    @Option(names = "--type", required = true, description = "person-list, proposal, memorandum, answer, handover-act or dispute.")
    String type;

    @Option(names = "--answers", paramLabel = "ENVELOPE_ID", description = "The envelope id of the document this "
            + "answers (for a dispute: disputes); required for an answer and a dispute.")
    Optional<String> answers = Optional.empty();

    @Option(names = "--receipt", required = true, paramLabel = "FILE", description = "Where to write the receipt.")
    Path receipt;

    @Mixin
    ApiToken apiToken = new ApiToken();

    @Parameters(paramLabel = "FILE", description = "The document to submit.")
    Path document;

    SubmitCommand() {
        this(Clock.systemUTC());
    }

    SubmitCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        return CommandFailure.report(spec.commandLine().getErr(), () -> {
            byte[] content = read(document);
            LogEntry entry = LogEntry.sign(statement(content), KeyFile.signer("--key", key));
            byte[] body = JSON.createObjectNode().put("entry", new String(entry.encoded(), StandardCharsets.UTF_8))
                    .put("content", Base64.getEncoder().encodeToString(content)).toString().getBytes(StandardCharsets.UTF_8);
            if (body.length > BodyLimits.JSON_BYTES) {
                throw tooLarge(String.format(Locale.ROOT, "%,d bytes, sent base64-encoded in a JSON body of %,d bytes",
                        content.length, body.length));
            }
            Optional<String> token = apiToken.token();
            var response = address.client().post("/api/v1/documents", body, "application/json", token);
            JsonNode answer = JSON.readTree(response.body());
            if (response.statusCode() != 201) {
                throw new CommandFailure(response.statusCode() / 100 == 4 ? CommandFailure.FAILED : CommandFailure.UNUSABLE,
                        "the server refused the document (HTTP " + response.statusCode() + "): "
                                + Optional.ofNullable(answer.get("message")).map(JsonNode::asString).orElse(answer.toString()));
            }
            AtomicFile.write(receipt, answer.get("receipt").asString().getBytes(StandardCharsets.UTF_8), false, true);
            spec.commandLine().getOut().println("submitted as entry " + answer.get("index").asLong() + ", envelope "
                    + answer.get("envelope_id").asString() + "; receipt written to " + receipt);
            return 0;
        });
    }

    private EntryStatement statement(byte[] content) {
        try {
            PartyId me = PartyId.of(author);
            Envelope envelope = Envelope.of(DocumentType.ofToken(type), me, addressees.stream().map(PartyId::of).toList(),
                    content, clock.instant(), answers.map(Digest::parseHex));
            return new EntryStatement(EntryKind.SUBMITTED, me, KeyCustody.OWN, envelope.time(), envelope);
        } catch (DocumentFormatException | IllegalArgumentException e) {
            throw new CommandFailure(CommandFailure.UNUSABLE, "cannot make the envelope: " + e.getMessage(), e);
        }
    }

    // The server refuses a bigger body with 413 before reading it; said here, nothing is read, signed or sent.
    private CommandFailure tooLarge(String what) {
        return new CommandFailure(CommandFailure.UNUSABLE, document + " is " + what + "; the server takes a JSON body of at "
                + String.format(Locale.ROOT, "most %,d bytes (a document of about %,d bytes): split it, or upload a list "
                + "on the desk", BodyLimits.JSON_BYTES, BodyLimits.JSON_BYTES / 4 * 3 - 4096));
    }

    private byte[] read(Path file) {
        try {
            long size = Files.size(file);
            if (size > BodyLimits.JSON_BYTES) {
                throw tooLarge(String.format(Locale.ROOT, "%,d bytes", size));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CommandFailure(CommandFailure.UNUSABLE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
