// KLU: the committee's own script in Tasklist, loaded by Camunda through config.js's customScripts
// (Tasklist imports it as an ES module from /camunda/app/tasklist/scripts/klu-forms.js before it
// starts). Tasklist 7.24 gives Camunda Forms (form-js) no locale, so this script
//  1. makes every form-js date field read and write Danish dates (dd.mm.åååå, Monday first, Danish
//     month names) whatever language the browser has, shows each entered date in words next to the
//     field ("fredag 5. marts 2027") and refuses, in Danish, a typed date that cannot be read as
//     one, instead of letting the date picker read 05.03.2027 as 3 May;
//  2. translates form-js's own English texts (validation messages, placeholders) into Danish;
//  3. shows Camunda's "Opret opgave" only to administrators (user-styles.css hides it for others;
//     the server refuses the creation to them anyway);
//  4. gives Tasklist's icon-only buttons and links a name (../../klu/accessibility.js);
//  5. opens the application's documents linked from a form (previews of agenda and minutes under
//     /api/) in a new tab, in the same login, so the task stays open beside them.
// Decisions: docs/adr/0010-danish-dates-and-texts-inside-camunda-forms.md.

import {nameControlsAlways} from '../../klu/accessibility.js';
import {markAdministrator} from '../../klu/administrator.js';

const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december'
];
const WEEKDAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];

/** flatpickr's locale (its own da.js, plus the texts of its English default). */
const FLATPICKR_DANISH = {
  weekdays: {
    shorthand: ['søn', 'man', 'tir', 'ons', 'tors', 'fre', 'lør'],
    longhand: WEEKDAYS
  },
  months: {
    shorthand: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    longhand: MONTHS
  },
  daysInMonth: [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
  firstDayOfWeek: 1,
  ordinal: () => '.',
  rangeSeparator: ' til ',
  weekAbbreviation: 'uge',
  scrollTitle: 'Rul for at ændre',
  toggleTitle: 'Klik for at skifte',
  amPM: ['AM', 'PM'],
  yearAriaLabel: 'År',
  monthAriaLabel: 'Måned',
  hourAriaLabel: 'Time',
  minuteAriaLabel: 'Minut',
  time_24hr: true
};

export const DATE_PLACEHOLDER = 'dd.mm.åååå';
const EXAMPLE = '05.03.2027';

// --- reading and writing dates ---------------------------------------------------------------

/**
 * Reads a date as a person types it in Denmark: day.month.year with a four-digit year (5.3.2027,
 * 05.03.2027), or ISO 2027-03-05. Anything else, and any date that does not exist (31.02.2027), is
 * refused: {error: Danish message}; a readable date gives {date}. Never guesses: 05/03/2027 could
 * be either 5 March or 3 May, so it is refused.
 */
export function readDanishDate(typed) {
  const text = String(typed == null ? '' : typed).trim();
  let day;
  let month;
  let year;
  let match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (match) {
    [day, month, year] = [match[1], match[2], match[3]].map(Number);
  } else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) {
    [year, month, day] = [match[1], match[2], match[3]].map(Number);
  } else {
    return {
      error:
        '»' +
        text +
        '« kan ikke læses som en dato. Skriv datoen som dd.mm.åååå, f.eks. ' +
        EXAMPLE +
        '.'
    };
  }
  const date = new Date(year, month - 1, day);
  if (
    year < 1900 ||
    date.getFullYear() !== year ||
    date.getMonth() !== month - 1 ||
    date.getDate() !== day
  ) {
    return {error: 'Datoen ' + text + ' findes ikke. Skriv datoen som dd.mm.åååå.'};
  }
  return {date};
}

/** "fredag 5. marts 2027" */
export function danishWords(date) {
  return (
    WEEKDAYS[date.getDay()] +
    ' ' +
    date.getDate() +
    '. ' +
    MONTHS[date.getMonth()] +
    ' ' +
    date.getFullYear()
  );
}

/** The note under a date field: the date in words, or why the typed text was refused. */
function note(input, text, refused) {
  const section = input.closest('.fjs-datetime-subsection') || input.parentNode;
  let element = section.querySelector(':scope > .klu-date-note');
  if (!text) {
    if (element) {
      element.remove();
    }
    return;
  }
  if (!element) {
    element = document.createElement('div');
    element.className = 'klu-date-note';
    element.id = input.id + '-klu-note';
    section.appendChild(element);
  }
  element.classList.toggle('klu-date-refused', refused);
  element.setAttribute('role', refused ? 'alert' : 'status');
  element.textContent = text;
}

/** What a date field shows now: the chosen date in words, a refusal, or nothing. */
function showDate(fp) {
  const input = fp.input;
  if (!input || !input.isConnected) {
    return;
  }
  const chosen = fp.selectedDates[0];
  if (chosen) {
    input.kluRefusal = null;
    note(input, danishWords(chosen), false);
  } else if (input.kluRefusal) {
    note(input, input.kluRefusal, true);
  } else {
    note(input, null, false);
  }
}

/**
 * A flatpickr plugin for every date picker form-js creates: Danish format, locale, strict reading.
 * flatpickr runs plugins after the instance's own options (form-js sets dateFormat from the
 * browser's locale), so the format is set on the parsed configuration here.
 */
function danishDates(fp) {
  fp.config.dateFormat = 'd.m.Y';
  fp.config.parseDate = (typed) => {
    const read = readDanishDate(typed);
    const input = fp.input;
    if (read.error) {
      input.kluRefusal = read.error;
      return undefined;
    }
    // A readable date the picker may not take (before its first allowed day): say so.
    input.kluRefusal =
      'Datoen ' + danishWords(read.date) + ' kan ikke vælges i dette felt.';
    return read.date;
  };
  return {
    locale: FLATPICKR_DANISH,
    ariaDateFormat: 'l j. F Y',
    onReady: [
      () => {
        fp.input.setAttribute('placeholder', DATE_PLACEHOLDER);
        const clear = fp.clear;
        fp.clear = function () {
          const result = clear.apply(this, arguments);
          showDate(fp);
          return result;
        };
        // Typing: the date in words as soon as the text is a whole date, no stale words before.
        // (flatpickr fires input events of its own on each change; only the person's count.)
        fp.input.addEventListener('input', (event) => {
          if (!event.isTrusted) {
            return;
          }
          fp.input.kluRefusal = null;
          const text = fp.input.value.trim();
          const read = text ? readDanishDate(text) : {};
          note(fp.input, read.date ? danishWords(read.date) : null, false);
        });
        showDate(fp);
      }
    ],
    onValueUpdate: [() => showDate(fp)]
  };
}

function installDatePlugin(flatpickr) {
  if (!flatpickr || flatpickr.kluDanish) {
    return;
  }
  flatpickr.kluDanish = true;
  flatpickr.l10ns.da = FLATPICKR_DANISH;
  const plugins = (flatpickr.defaultConfig && flatpickr.defaultConfig.plugins) || [];
  flatpickr.setDefaults({plugins: plugins.concat([danishDates])});
}

// form-js's flatpickr registers itself as window.flatpickr when Camunda's deps.js evaluates it,
// which may be before or after this script runs.
if (window.flatpickr) {
  installDatePlugin(window.flatpickr);
} else {
  let current;
  Object.defineProperty(window, 'flatpickr', {
    configurable: true,
    get: () => current,
    set: (value) => {
      current = value;
      installDatePlugin(value);
    }
  });
}

// --- form-js's own texts in Danish -------------------------------------------------------------

// The English texts form-js 1.8 (bundled in Camunda 7.24's lib/deps.js) writes into a form as a
// person sees it: validation messages (its Validator and datetime field), placeholders, empty
// states, buttons' labels and titles.
const EXACT = {
  'Field is required.': 'Feltet skal udfyldes.',
  'Field must be a valid email.': 'Feltet skal være en gyldig e-mailadresse.',
  'Field must be a valid  international phone number. (e.g. +4930664040900)':
    'Feltet skal være et gyldigt internationalt telefonnummer (f.eks. +4512345678).',
  'Value is not a number.': 'Værdien er ikke et tal.',
  'Value is expected to be an integer.': 'Værdien skal være et helt tal.',
  'Date and time must both be entered.': 'Både dato og klokkeslæt skal udfyldes.',
  Select: 'Vælg',
  Search: 'Søg',
  'No results': 'Ingen resultater',
  'All values selected': 'Alle værdier er valgt',
  'Remove tag': 'Fjern',
  Increment: 'Op',
  Decrement: 'Ned',
  'Add new': 'Tilføj',
  Collapse: 'Fold sammen',
  'Next page': 'Næste side',
  'Previous page': 'Forrige side',
  'Nothing to show.': 'Intet at vise.',
  'No content to show.': 'Intet indhold at vise.',
  "External content couldn't be loaded.": 'Indholdet udefra kunne ikke hentes.',
  'Click to remove sorting': 'Klik for at fjerne sorteringen',
  'hh:mm': 'tt:mm',
  'hh:mm ?m': 'tt:mm'
};

const PATTERNS = [
  [/^Field must have minimum length of (.+)\.$/, 'Feltet skal have mindst $1 tegn.'],
  [/^Field must have maximum length of (.+)\.$/, 'Feltet må højst have $1 tegn.'],
  [/^Field must have minimum value of (.+)\.$/, 'Værdien skal være mindst $1.'],
  [/^Field must have maximum value of (.+)\.$/, 'Værdien må højst være $1.'],
  [/^Field must match pattern (.+)\.$/, 'Feltet skal følge mønstret $1.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, 'Værdien må højst have $1 decimaler.'],
  [
    /^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    'Vælg en gyldig værdi; de to nærmeste er $1 og $2.'
  ],
  [/^Expand all \((\d+)\)$/, 'Fold alle ud ($1)'],
  [/^Remove list item (\d+)$/, 'Fjern række $1'],
  [/^Click to sort by (.+) ascending$/, 'Klik for at sortere efter $1, stigende'],
  [/^Click to sort by (.+) descending$/, 'Klik for at sortere efter $1, faldende']
];

/** The Danish text for one of form-js's English texts; anything else unchanged. */
export function translate(text) {
  const trimmed = text.trim();
  if (!trimmed) {
    return text;
  }
  let danish = EXACT[trimmed];
  if (danish === undefined) {
    const pattern = PATTERNS.find(([regex]) => regex.test(trimmed));
    danish = pattern ? trimmed.replace(pattern[0], pattern[1]) : trimmed;
  }
  return danish === trimmed ? text : text.replace(trimmed, danish);
}

const ATTRIBUTES = ['placeholder', 'title', 'aria-label'];
const FORM = '.fjs-container';

function inForm(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return element && element.closest(FORM);
}

/** A link from a form to one of the application's documents opens in a new tab. */
function documentInNewTab(element) {
  if (element.tagName === 'A' && (element.getAttribute('href') || '').startsWith('/api/')) {
    if (element.getAttribute('target') !== '_blank') {
      element.setAttribute('target', '_blank');
      element.setAttribute('rel', 'noopener');
    }
  }
}

function translateAttributes(element) {
  documentInNewTab(element);
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value) {
      const danish =
        name === 'placeholder' && element.closest('.fjs-datepicker')
          ? DATE_PLACEHOLDER
          : translate(value);
      if (danish !== value) {
        element.setAttribute(name, danish);
      }
    }
  }
}

// Text nodes are changed in place (node.data), so form-js's renderer (Preact) keeps its nodes and
// writes the next English text into the same node, which is then translated again.
function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    const danish = translate(root.data);
    if (danish !== root.data) {
      root.data = danish;
    }
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  translateAttributes(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const danish = translate(node.data);
      if (danish !== node.data) {
        node.data = danish;
      }
    } else {
      translateAttributes(node);
    }
  }
}

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach((node) => {
        if (node.nodeType === Node.ELEMENT_NODE && node.querySelector(FORM)) {
          node.querySelectorAll(FORM).forEach(translateTree);
        } else if (inForm(node)) {
          translateTree(node);
        }
        if (node.nodeType === Node.ELEMENT_NODE) {
          checkAdministrator(node);
        }
      });
    } else if (inForm(mutation.target)) {
      translateTree(mutation.target);
    }
  }
}).observe(document.documentElement, {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ATTRIBUTES
});

// --- "Opret opgave" for administrators only ----------------------------------------------------

/**
 * When Tasklist's header shows its actions (after each login), marks the page for an
 * administrator (../../klu/administrator.js); user-styles.css shows "Opret opgave" only then.
 */
function checkAdministrator(node) {
  if (node.matches('li.create-task-action') || node.querySelector('li.create-task-action')) {
    markAdministrator();
  }
}

// --- the task list: each due date also as a date ------------------------------------------------

/**
 * "fredag d. 27. november 2026 kl. 12:00" (Tasklist's long date, its tooltip) as "fre. 27.11.2026
 * kl. 12:00"; any other text as it is.
 */
export function shortDanishDate(long) {
  const match = /^(\S+) d\. (\d{1,2})\. (\S+) (\d{4}) kl\. (\d{1,2}:\d{2})$/.exec((long || '').trim());
  const month = match ? MONTHS.indexOf(match[3].toLowerCase()) : -1;
  if (month < 0) {
    return (long || '').trim();
  }
  const pad = (n) => String(n).padStart(2, '0');
  const day = match[1].toLowerCase().slice(0, 3);
  return `${day}. ${pad(match[2])}.${pad(month + 1)}.${match[4]} kl. ${match[5]}`;
}

/**
 * Tasklist writes due dates only relative ("Frist om 2 dage"), the date itself in a tooltip; this
 * shows the date beside it, and names an overdue task's due date for screen readers too.
 */
function showDueDates() {
  document.querySelectorAll('.tasks-list .due-date').forEach((due) => {
    const relative = due.querySelector('[uib-tooltip]');
    if (!relative) {
      return;
    }
    let absolute = due.querySelector('.klu-due-date');
    if (!absolute) {
      absolute = document.createElement('span');
      absolute.className = 'klu-due-date';
      relative.after(absolute);
    }
    const overdue = due.classList.contains('overdue');
    const text = (overdue ? ' – overskredet: ' : ': ') + shortDanishDate(relative.getAttribute('uib-tooltip'));
    if (absolute.textContent !== text) {
      absolute.textContent = text;
    }
  });
}

let dueDatesQueued = false;
new MutationObserver(() => {
  if (!dueDatesQueued && document.querySelector('.tasks-list')) {
    dueDatesQueued = true;
    window.requestAnimationFrame(() => {
      dueDatesQueued = false;
      showDueDates();
    });
  }
}).observe(document.documentElement, {
  subtree: true,
  childList: true,
  attributes: true,
  attributeFilter: ['uib-tooltip', 'class']
});

nameControlsAlways();
