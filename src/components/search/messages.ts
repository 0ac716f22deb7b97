/**
 * The search interface's words in the browser. The page carries the search.*
 * messages of its locale (data-messages, written by HeaderSearch.astro and
 * search.astro from src/i18n/catalogues.ts), so the scripts hold no English
 * literal and do not bundle the i18n module; plurals go through
 * Intl.PluralRules, as in src/i18n/messages.ts.
 */
export type Say = (key: string, params?: Readonly<Record<string, string | number>>) => string;

type Message = string | Partial<Record<Intl.LDMLPluralRule, string>>;

/** The message function of the page: `el`'s data-messages, in the page's language. */
export function messagesOf(el: HTMLElement): Say {
  let catalogue: Record<string, Message> = {};
  try {
    catalogue = JSON.parse(el.dataset['messages'] ?? '{}') as Record<string, Message>;
  } catch {
    // No messages: keys are shown, which a test would catch.
  }
  return messagesFrom(catalogue);
}

/** The message function of a catalogue (search.* messages), in the page's language. */
export function messagesFrom(catalogue: Readonly<Record<string, Message>>): Say {
  const locale = document.documentElement.lang || 'en';
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return (key, params = {}) => {
    const m = catalogue[key];
    const count = params['count'];
    const text =
      m === undefined
        ? key
        : typeof m === 'string'
          ? m
          : ((typeof count === 'number' ? m[plurals.select(count)] : undefined) ?? m.other ?? key);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const v = params[name];
      return v === undefined ? whole : typeof v === 'number' ? numbers.format(v) : v;
    });
  };
}
