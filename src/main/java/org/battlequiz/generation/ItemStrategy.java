package org.battlequiz.generation;

import java.util.List;
import java.util.Random;

/** One way of turning a kind of fact into candidate items; the gates decide which survive. */
interface ItemStrategy {
    List<Draft> drafts(Battle battle, Random random);
}
