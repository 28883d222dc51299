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
    private final Consumer<String> onFailure;

    /** @param onFailure told why something could not be opened, on any thread */
    public DesktopOpener(Consumer<String> onFailure) {
        this.onFailure = onFailure;
    }

    @Override
    public void accept(URI target) {
        Thread thread = new Thread(() -> {
            try {
                if (!Desktop.isDesktopSupported()) {
                    throw new UnsupportedOperationException("this system has no program registered for it");
                }
                if ("file".equals(target.getScheme())) {
                    Desktop.getDesktop().open(new File(target));
                } else {
                    Desktop.getDesktop().browse(target);
                }
            } catch (Exception e) {
                onFailure.accept(target + " (" + e.getMessage() + ")");
            }
        }, "open-evidence");
        thread.setDaemon(true);
        thread.start();
    }
}
