package org.commitmentstracker.model;

/** A team workspace's address as people may see it: in messages, dialogs, the status bar. */
public final class ServerAddresses {
    private ServerAddresses() {
    }

    /** The address without its query part, where a password could be written: what a message may name. */
    public static String shown(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
