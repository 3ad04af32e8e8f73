/**
 * Question-set interchange, plain Java: {@link org.battlequiz.authoring.interchange.Interchange} exports a set as
 * Moodle XML, GIFT or CSV and imports Moodle XML or GIFT, all or nothing.
 * <pre>
 * item type        Moodle XML                                  GIFT
 * SINGLE_CHOICE    multichoice, single=true, key 100           {=key ~other}
 * MULTIPLE_SELECT  multichoice, single=false, right share +100,  {~%50%a ~%-50%b}
 *                  wrong share -100
 * TRUE_FALSE       truefalse                                   {TRUE} / {FALSE}
 * NUMERIC          numerical, tolerance per answer             {#=key:tolerance}
 * DATE             numerical (year), tag bq-type:date          {#=year:tolerance}, tag bq-type:date
 *                  (+ bq-date:ISO when the key is a date)
 * MATCHING         matching; distractor = empty subquestion    {=stem -> match  = -> distractor}
 * ORDERING         ordering (qtype_ordering), right order      not expressible: skipped and reported
 * CLOZE            shortanswer, every key 100, ____ in text    text with ____ then {=key =alias}
 * </pre>
 * Both formats keep explanation and source in the general feedback (source in a marked paragraph) and fact kind,
 * difficulty, generator version and shown option order as question tags "bq-key:value" (GIFT: "// [tag:...]").
 */
package org.battlequiz.authoring.interchange;
