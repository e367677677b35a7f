package org.repatria.store.reads;

import java.util.Locale;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The record's segment files {@code reads-00000001.log}, ... in one directory: listing, reading whole lines, appending. */
final class Segments {
    private static final Pattern NAME = Pattern.compile("reads-(\\d{8})\\.log");
    private final Path dir;

    Segments(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /** The segment numbers present, oldest first. */
    List<Integer> numbers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> NAME.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1))).sorted().toList();
        }
    }

    Path path(int number) {
        return dir.resolve(String.format(Locale.ROOT, "reads-%08d.log", number));
    }

    /** The complete lines of a segment (a torn last line, being written or cut by a crash, is left out); gone: empty. */
    Optional<List<String>> lines(int number) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path(number));
        } catch (NoSuchFileException rotatedOut) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                out.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return Optional.of(out);
    }

    /** Cuts a torn last line (a crash in the middle of a write) off the segment; returns how many bytes were cut. */
    long cutTornTail(int number) throws IOException {
        try (FileChannel ch = FileChannel.open(path(number), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long keep = whole(ch, size);
            ch.truncate(keep);
            return size - keep;
        }
    }

    /** How many bytes of the segment are complete lines now (a line being appended is left out); gone: empty. */
    Optional<Long> wholeBytes(int number) throws IOException {
        try (FileChannel ch = FileChannel.open(path(number), StandardOpenOption.READ)) {
            return Optional.of(whole(ch, ch.size()));
        } catch (NoSuchFileException rotatedOut) {
            return Optional.empty();
        }
    }

    private static long whole(FileChannel ch, long size) throws IOException {
        long keep = size;
        ByteBuffer one = ByteBuffer.allocate(1);
        while (keep > 0) {
            one.clear();
            ch.read(one, keep - 1);
            if (one.get(0) == '\n') {
                break;
            }
            keep--;
        }
        return keep;
    }

    /** Whether {@code name} is a segment's file name ({@code reads-NNNNNNNN.log}). */
    static boolean isName(String name) {
        return NAME.matcher(name).matches();
    }

    FileChannel openForAppend(int number) throws IOException {
        return FileChannel.open(path(number), StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    void delete(int number) throws IOException {
        Files.deleteIfExists(path(number));
    }
}
