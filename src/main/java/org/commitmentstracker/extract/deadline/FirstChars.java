package org.commitmentstracker.extract.deadline;

import java.util.ArrayList;
import java.util.List;

/**
 * The characters a pattern's match can start with, read off the pattern's text: the scanner tries a
 * pattern only where the text holds one of them, and most word starts near a number hold none ("the
 * first half of 2026" can only start with a letter of a lead word, a half's words or a digit). Case is
 * ignored (the rules match either case), and whatever this reader does not know (a back-reference, a
 * negated class, {@code \S}) admits every character: it may admit too much, never too little. A pattern
 * that can match the empty string admits every character too.
 */
final class FirstChars {
    static final FirstChars ANY = new FirstChars(null);

    /** One thing a first character may be: a char (either case), a range, or a class of characters. */
    private interface Atom {
        boolean admits(char c);
    }

    /** The characters below this (Latin, Vietnamese) are looked up in a table, filled as they are met. */
    private static final int TABLE = 0x2000;
    private static final byte UNKNOWN = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;

    /** null: any character. */
    private final List<Atom> atoms;
    /**
     * UNKNOWN, NO or YES per character. Threads may fill it at once: each writes the same value for a
     * character, and a byte is written whole, so a reader sees UNKNOWN (and works it out) or the answer.
     */
    private final byte[] table;

    private FirstChars(List<Atom> atoms) {
        this.atoms = atoms;
        this.table = atoms == null ? null : new byte[TABLE];
    }

    boolean admits(char c) {
        if (atoms == null) {
            return true;
        }
        if (c >= TABLE) {
            return anyAdmits(c);
        }
        byte known = table[c];
        if (known == UNKNOWN) {
            boolean admits = anyAdmits(c);
            table[c] = admits ? YES : NO;
            return admits;
        }
        return known == YES;
    }

    private boolean anyAdmits(char c) {
        for (Atom atom : atoms) {
            if (atom.admits(c)) {
                return true;
            }
        }
        return false;
    }

    static FirstChars of(String regex) {
        try {
            Parser parser = new Parser(regex);
            Node node = parser.alternation();
            return node.nullable || node.first == null || parser.at < regex.length() ? ANY : new FirstChars(node.first);
        } catch (RuntimeException e) {
            // a construct this reader does not follow: try the pattern everywhere
            return ANY;
        }
    }

    /** What a piece of a pattern may start with (null: anything) and whether it may match nothing. */
    private record Node(List<Atom> first, boolean nullable) {
        static final Node EMPTY = new Node(List.of(), true);
        static final Node UNKNOWN = new Node(null, false);
    }

    private static List<Atom> union(List<Atom> a, List<Atom> b) {
        if (a == null || b == null) {
            return null;
        }
        List<Atom> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Atom letter(char literal) {
        char folded = fold(literal);
        return c -> c == literal || fold(c) == folded;
    }

    private static Atom range(char from, char to) {
        return c -> in(c, from, to) || in(Character.toUpperCase(c), from, to) || in(Character.toLowerCase(c), from, to)
                || in(fold(c), from, to);
    }

    private static boolean in(char c, char from, char to) {
        return c >= from && c <= to;
    }

    /** As the regex engine compares characters when case is ignored. */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static final class Parser {
        private final String p;
        private int at;

        Parser(String p) {
            this.p = p;
        }

        Node alternation() {
            Node node = sequence();
            while (at < p.length() && p.charAt(at) == '|') {
                at++;
                Node next = sequence();
                node = new Node(union(node.first, next.first), node.nullable || next.nullable);
            }
            return node;
        }

        private Node sequence() {
            List<Atom> first = List.of();
            boolean nullable = true;
            while (at < p.length() && p.charAt(at) != '|' && p.charAt(at) != ')') {
                Node element = quantified(element());
                if (nullable) {
                    first = union(first, element.first);
                    nullable = element.nullable;
                }
            }
            return new Node(first, nullable);
        }

        private Node quantified(Node element) {
            if (at >= p.length()) {
                return element;
            }
            char q = p.charAt(at);
            boolean optional;
            if (q == '?' || q == '*') {
                at++;
                optional = true;
            } else if (q == '+') {
                at++;
                optional = false;
            } else if (q == '{') {
                int close = p.indexOf('}', at);
                String min = p.substring(at + 1, close).split(",", -1)[0].strip();
                at = close + 1;
                optional = Integer.parseInt(min) == 0;
            } else {
                return element;
            }
            // lazy or possessive
            if (at < p.length() && (p.charAt(at) == '?' || p.charAt(at) == '+')) {
                at++;
            }
            return optional ? new Node(element.first, true) : element;
        }

        private Node element() {
            char c = p.charAt(at++);
            return switch (c) {
                case '(' -> group();
                case '[' -> characterClass();
                case '\\' -> escape();
                case '^', '$' -> Node.EMPTY;
                case '.' -> Node.UNKNOWN;
                default -> new Node(List.of(letter(c)), false);
            };
        }

        private Node group() {
            boolean zeroWidth = false;
            if (p.startsWith("?<=", at) || p.startsWith("?<!", at)) {
                at += 3;
                zeroWidth = true;
            } else if (p.startsWith("?=", at) || p.startsWith("?!", at)) {
                at += 2;
                zeroWidth = true;
            } else if (p.startsWith("?<", at)) {
                at = p.indexOf('>', at) + 1;
            } else if (p.startsWith("?", at)) {
                // "(?:", "(?-i:", or flags alone, "(?i)"
                int end = at + 1;
                while (end < p.length() && (Character.isLetter(p.charAt(end)) || p.charAt(end) == '-')) {
                    end++;
                }
                if (p.charAt(end) == ')') {
                    at = end + 1;
                    return Node.EMPTY;
                }
                if (p.charAt(end) != ':') {
                    throw new IllegalArgumentException("group " + p.substring(at));
                }
                at = end + 1;
            }
            Node inner = alternation();
            if (at >= p.length() || p.charAt(at) != ')') {
                throw new IllegalArgumentException("unclosed group");
            }
            at++;
            return zeroWidth ? Node.EMPTY : inner;
        }

        private Node escape() {
            char c = p.charAt(at++);
            return switch (c) {
                case 'b', 'B', 'A', 'G', 'z', 'Z' -> Node.EMPTY;
                // as wide as the Unicode classes, should a pattern ask for those
                case 'd' -> new Node(List.of(Character::isDigit), false);
                case 's' -> new Node(List.of(ch -> Character.isWhitespace(ch) || Character.isSpaceChar(ch)
                        || " \t\n\u000B\f\r".indexOf(ch) >= 0), false);
                case 'k' -> {
                    // a back-reference, "\k<sep>": could start with anything
                    at = p.indexOf('>', at) + 1;
                    yield Node.UNKNOWN;
                }
                case 't' -> new Node(List.of(ch -> ch == '\t'), false);
                case 'n' -> new Node(List.of(ch -> ch == '\n'), false);
                case 'p' -> property();
                case 'Q' -> quoted();
                default -> Character.isLetterOrDigit(c) ? Node.UNKNOWN : new Node(List.of(letter(c)), false);
            };
        }

        private Node property() {
            int close = p.indexOf('}', at);
            String name = p.substring(at + 1, close);
            at = close + 1;
            return switch (name) {
                case "N" -> new Node(List.of(Character::isDigit, ch -> Character.getType(ch) == Character.LETTER_NUMBER
                        || Character.getType(ch) == Character.OTHER_NUMBER), false);
                // case is ignored: an upper-case class may match a lower-case letter
                case "L", "Lu", "Ll" -> new Node(List.of(ch -> Character.isLetter(ch) || Character.isLetter(Character.toUpperCase(ch))
                        || Character.isLetter(Character.toLowerCase(ch))), false);
                default -> Node.UNKNOWN;
            };
        }

        private Node quoted() {
            int end = p.indexOf("\\E", at);
            String literal = p.substring(at, end < 0 ? p.length() : end);
            at = end < 0 ? p.length() : end + 2;
            return literal.isEmpty() ? Node.EMPTY : new Node(List.of(letter(literal.charAt(0))), false);
        }

        /** A class of plain characters and ranges ("[0-3]", "[|\t]", "[ivx]"); a negated or unusual one admits all. */
        private Node characterClass() {
            if (p.charAt(at) == '^') {
                skipClass();
                return Node.UNKNOWN;
            }
            List<Atom> atoms = new ArrayList<>();
            boolean known = true;
            while (p.charAt(at) != ']') {
                char c = p.charAt(at++);
                if (c == '[' || c == '&') {
                    known = false;
                    at--;
                    skipClass();
                    break;
                }
                if (c == '\\') {
                    char e = p.charAt(at++);
                    if (e == 't') {
                        atoms.add(ch -> ch == '\t');
                        continue;
                    }
                    if (e == 'p') {
                        Node property = property();
                        if (property.first == null) {
                            known = false;
                        } else {
                            atoms.addAll(property.first);
                        }
                        continue;
                    }
                    if (Character.isLetterOrDigit(e)) {
                        known = false;
                        continue;
                    }
                    c = e;
                }
                if (p.charAt(at) == '-' && p.charAt(at + 1) != ']') {
                    char to = p.charAt(at + 1);
                    if (to == '\\' || to == '[') {
                        known = false;
                        at++;
                        continue;
                    }
                    at += 2;
                    atoms.add(range(c, to));
                } else {
                    atoms.add(letter(c));
                }
            }
            if (p.charAt(at) == ']') {
                at++;
            }
            return known ? new Node(atoms, false) : Node.UNKNOWN;
        }

        /** Past the class that opens at or just before {@code at}, nested classes included. */
        private void skipClass() {
            int depth = 1;
            while (depth > 0) {
                char c = p.charAt(at++);
                if (c == '\\') {
                    at++;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth--;
                }
            }
        }
    }
}
