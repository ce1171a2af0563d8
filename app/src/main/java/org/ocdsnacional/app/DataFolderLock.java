package org.ocdsnacional.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second ocds-nacional process off an embedded node's data folder, before anything starts: an exclusive
 * lock on {@code ocds-nacional.lock} in the folder, held until closed; the file names the process that holds it.
 */
final class DataFolderLock implements AutoCloseable {

    private static final String FILE = "ocds-nacional.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code folder} (created if missing); refused with what to do when another process holds it. */
    static DataFolderLock take(Path folder) {
        Path file = folder.resolve(FILE);
        try {
            Files.createDirectories(folder);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw inUse(folder, holder(file));
            }
            channel.truncate(0).write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            throw new ConfigurationException("No se puede usar la carpeta de datos " + folder.toAbsolutePath() + " ("
                    + e.getMessage() + "): elija otra con --set opensearch.data-dir=CARPETA / The data folder "
                    + folder.toAbsolutePath() + " cannot be used (" + e.getMessage() + "): choose another with "
                    + "--set opensearch.data-dir=FOLDER", e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static String holder(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "" : " (" + text + ")";
    }

    private static ConfigurationException inUse(Path folder, String holder) {
        String path = folder.toAbsolutePath().toString();
        return new ConfigurationException("La carpeta de datos " + path + " está en uso por otro proceso de "
                + "ocds-nacional" + holder + ": deténgalo, o use otra carpeta con --set opensearch.data-dir=CARPETA / "
                + "The data folder " + path + " is in use by another ocds-nacional process" + holder + ": stop it, "
                + "or use another folder with --set opensearch.data-dir=FOLDER");
    }
}
