/**
 * What the generator produces and every other feature reads: an item's content and type. A leaf package: it
 * imports nothing of the application, so {@code generation} and {@code question} depend on it and not on each other.
 */
package org.battlequiz.generation.item;
