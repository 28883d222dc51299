package org.commitmentstracker.ui.detail;

import java.net.URI;
import java.net.URISyntaxException;

/** What counts as an evidence link: a web address (http or https) with a host. */
final class EvidenceLinks {
    private EvidenceLinks() {
    }

    static boolean isLink(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
