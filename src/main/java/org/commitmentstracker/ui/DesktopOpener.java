package org.commitmentstracker.ui;

import java.awt.Desktop;
import java.io.File;
import java.net.URI;
import java.util.function.Consumer;

/**
 * Opens an evidence link in the browser or an attached file with the system's program for it.
 * Desktop calls can block, so they run on a short-lived thread; a failure is handed back as a
 * sentence. The app itself opens no connection: the browser does, at the officer's click.
 */
public final class DesktopOpener implements Consumer<URI> {
    private final Messages words;
    private final Consumer<String> onFailure;

    /**
     * @param words     the UI's words, for why it could not be opened
     * @param onFailure told what could not be opened and why, on any thread
     */
    public DesktopOpener(Messages words, Consumer<String> onFailure) {
        this.words = words;
        this.onFailure = onFailure;
    }

    @Override
    public void accept(URI target) {
        Thread thread = new Thread(() -> {
            try {
                if (!Desktop.isDesktopSupported()) {
                    onFailure.accept(words.format("open.noProgram", target));
                    return;
                }
                if ("file".equals(target.getScheme())) {
                    Desktop.getDesktop().open(new File(target));
                } else {
                    Desktop.getDesktop().browse(target);
                }
            } catch (Exception e) {
                // The system's own reason is in English: the officer is told in the UI's words, the log keeps it.
                System.err.println("Could not open " + target + ": " + e.getMessage());
                onFailure.accept(words.format("open.failed", target));
            }
        }, "open-evidence");
        thread.setDaemon(true);
        thread.start();
    }
}
