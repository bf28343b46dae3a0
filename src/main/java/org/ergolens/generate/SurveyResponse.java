package org.ergolens.generate;

import java.time.LocalDateTime;

/**
 * One drawn response to the combined questionnaire: who (or anonymous), when, the workstation
 * answer in force, and the month's discomfort.
 *
 * @param respondent the respondent's index
 * @param person who responded, or null for an anonymous response
 * @param department the respondent's department
 * @param started when the respondent opened the form
 * @param completed when they submitted it
 * @param status a real response, a platform preview, or one left unfinished
 * @param answer the workstation answer (levels, hours, blanks of optional items)
 * @param severities per body region (contract order): 0 none, 1 mild, 2 moderate, 3 severe
 * @param durationDays the C2 answer's value (1, 3, 7, 14), or null when not answered
 * @param numbness the C3 answer, or null
 * @param interferes the C4 answer, or null
 * @param freeText the D1 answer (may span lines, may name people), or null
 * @param network where it was sent from: the platform's response id, IP address and location
 */
record SurveyResponse(
    int respondent,
    Person person,
    Department department,
    LocalDateTime started,
    LocalDateTime completed,
    Status status,
    SurveyAnswer answer,
    int[] severities,
    Integer durationDays,
    Boolean numbness,
    Boolean interferes,
    String freeText,
    Network network) {

  /** Whether the platform counts it as a response, or it is left out. */
  enum Status {
    COMPLETE,
    PREVIEW,
    UNFINISHED
  }

  /** A respondent's identifying details, as the platforms record them. */
  record Person(String firstName, String lastName, String email) {
    String name() {
      return firstName + " " + lastName;
    }
  }

  /** What a platform records about where a response came from. */
  record Network(String responseId, String ipAddress, String latitude, String longitude) {}

  boolean anonymous() {
    return person == null;
  }

  /** Whether the response reaches the contract's datasets. */
  boolean imported() {
    return status == Status.COMPLETE;
  }

  /** Whether any region was answered with discomfort. */
  boolean hasDiscomfort() {
    for (int s : severities) {
      if (s > 0) {
        return true;
      }
    }
    return false;
  }
}
