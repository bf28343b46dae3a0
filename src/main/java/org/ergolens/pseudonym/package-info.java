/**
 * Keyed pseudonyms: {@link org.ergolens.pseudonym.Pseudonymizer} turns employee ids into respondent
 * ids with HMAC-SHA256 under a {@link org.ergolens.pseudonym.PseudonymizationKey}, and {@link
 * org.ergolens.pseudonym.ResponseIds} derives the ids of a survey response's rows. Used before the
 * monthly run (the {@code pseudonymize} command, the survey import, the generator); nothing after
 * ingest sees an identity.
 */
package org.ergolens.pseudonym;
