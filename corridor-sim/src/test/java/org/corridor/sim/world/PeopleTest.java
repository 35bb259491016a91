package org.corridor.sim.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

class PeopleTest {
    /** The declared bytes per person must be what the columns hold, and within the 100. */
    @Test
    void bytesPerPersonMatchTheColumns() {
        int bytes = 0;
        for (Field f : People.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && f.getType().isArray()) {
                Class<?> c = f.getType().getComponentType();
                bytes += c == byte.class ? 1 : c == short.class ? 2 : c == int.class || c == float.class ? 4 : 8;
            }
        }
        assertEquals(bytes, People.BYTES_PER_PERSON);
        int householdBytes = 0;
        for (Field f : Households.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && f.getType().isArray()) {
                Class<?> c = f.getType().getComponentType();
                householdBytes += c == byte.class ? 1 : c == short.class ? 2 : c == int.class || c == float.class ? 4 : 8;
            }
        }
        assertEquals(householdBytes, Households.BYTES_PER_HOUSEHOLD);
        assertTrue(People.BYTES_PER_PERSON + Households.BYTES_PER_HOUSEHOLD <= 100, "at most 100 bytes of state per person (a household has one or more)");
    }

    @Test
    void aBanKeepsTheLongerEndAndItsPlace() {
        People p = new People(1);
        p.ban(0, Place.RU_MOW, 100);
        p.ban(0, Place.RU_OTHER, 50);
        assertEquals(100, p.bannedUntil(0, Place.RU_SPE));
        assertEquals(Place.RU_MOW.code(), p.banPlace[0]);
        p.ban(0, Place.KZ, 20);
        assertEquals(20, p.bannedUntil(0, Place.KZ));
        assertEquals(-1, p.bannedUntil(0, Place.TR));
    }

    @Test
    void growingKeepsEveryColumn() {
        People p = new People(2);
        p.birth[1] = 1234;
        p.earnings[1] = 5.5f;
        p.bannedTr[1] = 77;
        p.authorisedSince[1] = 9;
        People q = p.grow(10, 2);
        assertEquals(1234, q.birth[1]);
        assertEquals(5.5f, q.earnings[1]);
        assertEquals(77, q.bannedTr[1]);
        assertEquals(9, q.authorisedSince[1]);
        assertEquals(-1, q.bannedRu[9]);
    }
}
