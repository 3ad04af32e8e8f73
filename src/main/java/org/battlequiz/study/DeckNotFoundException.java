package org.battlequiz.study;

import org.battlequiz.DomainException;

/** No deck has that address. */
public class DeckNotFoundException extends DomainException {
    public DeckNotFoundException(String path) {
        super(404, "There is no deck called \u201c" + path + "\u201d.");
    }
}
