/**
 * A CSL locale for Russian (ru-RU), which @citation-js/plugin-csl does not ship: the
 * terms and date forms the styles in src/csl/ use in a Russian edition, written for this
 * project after GOST R 7.0.100-2018 and GOST R 7.0.12-2011 (abbreviations). citeproc-js
 * takes any term missing here from en-US.
 * @see https://docs.citationstyles.org/en/stable/specification.html#locale-files
 */
export const ruLocaleId = 'ru-RU';

const months = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const monthsShort = ['янв.', 'февр.', 'марта', 'апр.', 'мая', 'июня', 'июля', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'];
const pad = (n: number): string => String(n).padStart(2, '0');

export const ruLocale = `<?xml version="1.0" encoding="utf-8"?>
<locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="ru-RU">
  <style-options punctuation-in-quote="false"/>
  <date form="text">
    <date-part name="day" suffix=" "/>
    <date-part name="month" suffix=" "/>
    <date-part name="year" suffix=" г."/>
  </date>
  <date form="numeric">
    <date-part name="day" form="numeric-leading-zeros" suffix="."/>
    <date-part name="month" form="numeric-leading-zeros" suffix="."/>
    <date-part name="year"/>
  </date>
  <terms>
    <term name="accessed">дата обращения</term>
    <term name="and">и</term>
    <term name="and others">и другие</term>
    <term name="anonymous">аноним</term>
    <term name="at">на</term>
    <term name="available at">доступно на</term>
    <term name="by">автор</term>
    <term name="et-al">и др.</term>
    <term name="from">из</term>
    <term name="in">в</term>
    <term name="no date">б. г.</term>
    <term name="no date" form="short">б. г.</term>
    <term name="online">онлайн</term>
    <term name="retrieved">дата обращения</term>
    <term name="page" form="short"><single>с.</single><multiple>с.</multiple></term>
    <term name="page"><single>страница</single><multiple>страницы</multiple></term>
    <term name="volume" form="short"><single>т.</single><multiple>т.</multiple></term>
    <term name="issue" form="short"><single>№</single><multiple>№</multiple></term>
    <term name="chapter" form="short"><single>гл.</single><multiple>гл.</multiple></term>
    <term name="section" form="short"><single>разд.</single><multiple>разд.</multiple></term>
    <term name="editor" form="short"><single>ред.</single><multiple>ред.</multiple></term>
    <term name="open-quote">«</term>
    <term name="close-quote">»</term>
    <term name="open-inner-quote">„</term>
    <term name="close-inner-quote">“</term>
${months.map((m, i) => `    <term name="month-${pad(i + 1)}">${m}</term>`).join('\n')}
${monthsShort.map((m, i) => `    <term name="month-${pad(i + 1)}" form="short">${m}</term>`).join('\n')}
  </terms>
</locale>
`;
