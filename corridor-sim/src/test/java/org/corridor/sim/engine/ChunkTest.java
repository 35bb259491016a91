package org.corridor.sim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.corridor.sim.world.People;
import org.junit.jupiter.api.Test;

/** The abroad list after the census: the kept people, in person order, whatever order the month's arrivals came in. */
class ChunkTest {
    @Test
    void keptArrivalsAreMergedIntoPersonOrder() {
        SplittableRandom r = new SplittableRandom(3);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + r.nextInt(300);
            People p = new People(n);
            Chunk chunk = new Chunk(0, 1, n);
            boolean[] abroad = new boolean[n];
            for (int i = 0; i < n; i++) {
                p.flags[i] = People.ALIVE;
                if (r.nextInt(3) == 0) {
                    p.place[i] = 1;
                    abroad[i] = true;
                }
            }
            chunk.listAtStart(p, 0, n);
            // a month: some of those listed come home, some at home leave, in no particular order
            int[] leaving = IntStream.range(0, n).filter(i -> !abroad[i] && r.nextInt(4) == 0).toArray();
            for (int k = leaving.length - 1; k > 0; k--) {
                int j = r.nextInt(k + 1);
                int t = leaving[k];
                leaving[k] = leaving[j];
                leaving[j] = t;
            }
            for (int i : leaving) {
                chunk.addAbroad(p, i);
                abroad[i] = true;
            }
            int[] list = chunk.abroad();
            int kept = 0;
            int keptListed = -1;
            for (int k = 0; k < chunk.abroadCount(); k++) {
                if (k == chunk.abroadInOrder()) {
                    keptListed = kept;
                }
                int i = list[k];
                if (r.nextInt(5) == 0) {
                    abroad[i] = false; // came home
                } else {
                    list[kept++] = i;
                }
            }
            chunk.keepAbroad(kept, keptListed < 0 ? kept : keptListed);
            int[] expected = IntStream.range(0, n).filter(i -> abroad[i]).toArray();
            assertEquals(expected.length, chunk.abroadCount(), "trial " + trial);
            assertArrayEquals(expected, Arrays.copyOf(chunk.abroad(), chunk.abroadCount()), "trial " + trial);
            assertEquals(chunk.abroadCount(), chunk.abroadInOrder(), "the whole list is in order for the next month");
        }
    }
}
