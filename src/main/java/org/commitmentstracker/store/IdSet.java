package org.commitmentstracker.store;

import java.util.AbstractSet;
import java.util.BitSet;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A set of row ids held as bits: tens of thousands of search hits without a boxed Long
 * each, and a membership test that costs one bit look-up per table row.
 */
final class IdSet extends AbstractSet<Long> {
    private final BitSet bits = new BitSet();
    private int size;

    void addId(long id) {
        if (id >= 0 && id <= Integer.MAX_VALUE && !bits.get((int) id)) {
            bits.set((int) id);
            size++;
        }
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof Long id && id >= 0 && id <= Integer.MAX_VALUE && bits.get((int) (long) id);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<Long> iterator() {
        return new Iterator<>() {
            private int next = bits.nextSetBit(0);

            @Override
            public boolean hasNext() {
                return next >= 0;
            }

            @Override
            public Long next() {
                if (next < 0) {
                    throw new NoSuchElementException();
                }
                long current = next;
                next = bits.nextSetBit(next + 1);
                return current;
            }
        };
    }
}
