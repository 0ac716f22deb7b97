/**
 * A CSL 1.0.2 style for GOST R 7.0.100-2018 ("Bibliographic record.
 * Bibliographic description"), author-date citations in square brackets.
 * The description of a work keeps the forms for works in Latin script (Vol.,
 * no., P., [et al.], [s. a.]) in every edition, as Russian and Kazakh journals
 * print them for works in English; the cataloguer's own note is in the
 * edition's language, from the CSL locale citeproc runs in: "(дата обращения:
 * 15.08.2016)" in Russian (ru-RU), "(accessed: 15.08.2016)" in English.
 *
 * Written for this project. Simplifications: a work with one to three authors
 * opens with the first author as a heading and lists them all after the slash;
 * four or more authors list the first three and "[et al.]"; no general
 * material designation ("Text : electronic").
 * @see https://docs.citationstyles.org/en/stable/specification.html
 */
export const gostStyleId = 'gost-r-7.0.100-2018';

export const gostStyle = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" demote-non-dropping-particle="never" default-locale="en-US">
  <info>
    <title>GOST R 7.0.100-2018 (author-date)</title>
    <id>https://example.org/report-site/csl/gost-r-7.0.100-2018</id>
    <author><name>Report-site engine</name></author>
    <category citation-format="author-date"/>
    <category field="generic-base"/>
    <updated>2026-11-25T00:00:00+00:00</updated>
    <rights license="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</rights>
  </info>
  <!-- The standard's forms, the same in every language (a locale without xml:lang applies to all). -->
  <locale>
    <terms>
      <term name="et-al"> [et al.]</term>
      <term name="and others"></term>
      <term name="no date">[s. a.]</term>
    </terms>
  </locale>
  <!-- The cataloguer's note in a Russian edition: "URL: … (дата обращения: 15.08.2016)" (src/csl/locale-ru.ts has it too). -->
  <locale xml:lang="ru">
    <terms>
      <term name="accessed">дата обращения</term>
    </terms>
  </locale>
  <!-- "Nursultanova, L. N.": the first author as the record's heading (one to three authors). -->
  <macro name="heading">
    <names variable="author">
      <name name-as-sort-order="first" sort-separator=", " initialize-with=". " et-al-min="1" et-al-use-first="1" delimiter=", "/>
      <et-al term="and others"/>
    </names>
  </macro>
  <!-- "/ L. N. Nursultanova, A. N. Ospanova": the statement of responsibility. -->
  <macro name="responsibility">
    <names variable="author" prefix=" / ">
      <name initialize-with=". " delimiter=", " et-al-min="4" et-al-use-first="3" delimiter-precedes-et-al="never"/>
    </names>
  </macro>
  <macro name="editors">
    <names variable="editor" prefix=" / ">
      <name initialize-with=". " delimiter=", " et-al-min="4" et-al-use-first="3"/>
      <label form="short" prefix=" (" suffix=")"/>
    </names>
  </macro>
  <macro name="title">
    <group delimiter=" ">
      <text variable="title"/>
      <text variable="genre" prefix="[" suffix="]"/>
    </group>
  </macro>
  <macro name="year">
    <choose>
      <if variable="issued">
        <date variable="issued"><date-part name="year"/></date>
      </if>
      <else>
        <text term="no date"/>
      </else>
    </choose>
  </macro>
  <macro name="imprint">
    <group delimiter=", ">
      <group delimiter=" : ">
        <text variable="publisher-place"/>
        <text variable="publisher"/>
      </group>
      <text macro="year"/>
    </group>
  </macro>
  <macro name="online">
    <group delimiter=" ">
      <text variable="URL" prefix="URL: "/>
      <group prefix="(" suffix=")" delimiter=": ">
        <text term="accessed"/>
        <date variable="accessed">
          <date-part name="day" form="numeric-leading-zeros" suffix="."/>
          <date-part name="month" form="numeric-leading-zeros" suffix="."/>
          <date-part name="year"/>
        </date>
      </group>
    </group>
  </macro>
  <macro name="citation-name">
    <names variable="author">
      <name form="short" and="text" delimiter=", " et-al-min="3" et-al-use-first="1"/>
      <substitute>
        <text variable="title" form="short"/>
      </substitute>
    </names>
  </macro>
  <macro name="sort-key">
    <names variable="author">
      <name name-as-sort-order="all"/>
      <substitute><text variable="title"/></substitute>
    </names>
  </macro>
  <citation et-al-min="3" et-al-use-first="1" disambiguate-add-year-suffix="true">
    <layout prefix="[" suffix="]" delimiter="; ">
      <group delimiter=", ">
        <text macro="citation-name"/>
        <text macro="year"/>
        <group delimiter=" ">
          <label variable="locator" form="short"/>
          <text variable="locator"/>
        </group>
      </group>
    </layout>
  </citation>
  <bibliography>
    <sort>
      <key macro="sort-key"/>
      <key macro="year"/>
    </sort>
    <layout suffix=".">
      <group delimiter=". – ">
        <group>
          <text macro="heading" suffix=". "/>
          <text macro="title"/>
          <text macro="responsibility"/>
          <choose>
            <if type="article-journal article-magazine article-newspaper chapter paper-conference entry-encyclopedia" match="any">
              <text variable="container-title" prefix=" // "/>
              <choose>
                <if type="chapter paper-conference" match="any">
                  <text macro="editors"/>
                </if>
              </choose>
            </if>
            <else-if variable="container-title">
              <text variable="container-title" prefix=" // "/>
            </else-if>
          </choose>
        </group>
        <choose>
          <if type="article-journal article-magazine article-newspaper" match="any">
            <text macro="year"/>
            <group delimiter=", ">
              <text variable="volume" prefix="Vol. "/>
              <text variable="issue" prefix="no. "/>
            </group>
            <text variable="page" prefix="P. "/>
          </if>
          <else-if type="chapter paper-conference" match="any">
            <text macro="imprint"/>
            <text variable="page" prefix="P. "/>
          </else-if>
          <else-if type="book report thesis" match="any">
            <text macro="imprint"/>
            <text variable="number-of-pages" suffix=" p."/>
          </else-if>
          <else>
            <text macro="imprint"/>
          </else>
        </choose>
        <text macro="online"/>
      </group>
    </layout>
  </bibliography>
</style>
`;
