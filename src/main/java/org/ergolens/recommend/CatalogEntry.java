package org.ergolens.recommend;

/**
 * One action of the recommendation catalog.
 *
 * @param id stable id, e.g. {@code laptop-stand}; written to the {@code recommendations} table
 * @param title the action in a few words
 * @param text what to do, for a group (never a diagnosis of anyone)
 * @param trigger when the action applies
 * @param evidence the sources behind the action, in a sentence
 * @param audience who acts on it
 */
public record CatalogEntry(
    String id, String title, String text, Trigger trigger, String evidence, Audience audience) {}
