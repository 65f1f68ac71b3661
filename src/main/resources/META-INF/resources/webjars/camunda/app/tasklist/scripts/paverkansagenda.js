// Tasklist's task list, sorted by planned end (the tasks' due date), the soonest first, unless the
// official chose another order (Tasklist keeps the choice in the address).
const BY_PLANNED_END = encodeURIComponent(JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]));

function sortByPlannedEnd() {
  const hash = window.location.hash || '#/';
  const route = hash.split('?')[0];
  if (route !== '#/' || /[?&]sorting=/.test(hash)) {
    return;
  }
  window.location.replace((hash === '#' ? '#/' : hash) + (hash.includes('?') ? '&' : '?') + 'sorting=' + BY_PLANNED_END);
}

sortByPlannedEnd();
window.addEventListener('hashchange', sortByPlannedEnd);

// Dates in the task forms (Camunda Forms) as ÅÅÅÅ-MM-DD with a Swedish calendar, whatever the
// browser's language: form-js takes its date format from the browser (m/d/Y in an English one) and
// flatpickr would read a typed 2027-04-26 in that format as another day. Here every date is written
// and read as ÅÅÅÅ-MM-DD only; a date typed in any other shape is refused next to its field, kept as
// typed, and the task cannot be completed until it is corrected. The form stores the date as ISO.

const SWEDISH = {
  weekdays: {
    shorthand: ['sön', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör'],
    longhand: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag']
  },
  months: {
    shorthand: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    longhand: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober',
      'november', 'december']
  },
  firstDayOfWeek: 1,
  ordinal: () => '.',
  rangeSeparator: ' till ',
  weekAbbreviation: 'v',
  scrollTitle: 'Scrolla för att ändra',
  toggleTitle: 'Klicka för att växla',
  yearAriaLabel: 'År',
  monthAriaLabel: 'Månad',
  hourAriaLabel: 'Timme',
  minuteAriaLabel: 'Minut',
  time_24hr: true
};

const SHAPE = 'ÅÅÅÅ-MM-DD';
const MESSAGE = 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-04-26.';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day the text names, at local midnight, or undefined unless the text is a real ÅÅÅÅ-MM-DD date. */
function isoDate(text) {
  const match = ISO_DATE.exec(String(text).trim());
  if (!match) {
    return undefined;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return undefined;
  }
  return date;
}

function formatIso(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate());
}

const flatpickr = window.flatpickr;
if (flatpickr) {
  // the calendar of every date field: Swedish months and days, weeks from Monday
  flatpickr.localize(SWEDISH);
  flatpickr.setDefaults({
    locale: SWEDISH,
    // form-js passes its own dateFormat; these two decide what is shown and what is read
    formatDate: (date) => formatIso(date),
    parseDate: (text) => isoDate(text)
  });
}

function isDateInput(element) {
  return element instanceof HTMLInputElement && element._flatpickr && !element._flatpickr.config.noCalendar;
}

function fieldOf(input) {
  return input.closest('.fjs-form-field') || input.parentElement;
}

function showProblem(input) {
  input.setAttribute('aria-invalid', 'true');
  input.dataset.paInvalid = 'true';
  const field = fieldOf(input);
  field.classList.add('pa-date-invalid');
  let problem = field.querySelector('.pa-date-error');
  if (!problem) {
    problem = document.createElement('div');
    problem.className = 'fjs-form-field-error pa-date-error';
    problem.setAttribute('role', 'alert');
    problem.id = (input.id || 'datum') + '-pa-date-error';
    problem.textContent = MESSAGE;
    field.appendChild(problem);
    input.setAttribute('aria-describedby', problem.id);
  }
}

function clearProblem(input) {
  input.removeAttribute('aria-invalid');
  delete input.dataset.paInvalid;
  const field = fieldOf(input);
  field.classList.remove('pa-date-invalid');
  const problem = field.querySelector('.pa-date-error');
  if (problem) {
    problem.remove();
  }
}

/** True when the field's text is empty or a date in the one shape; otherwise shows why and returns false. */
function check(input) {
  const text = input.value.trim();
  if (text === '' || isoDate(text)) {
    clearProblem(input);
    return true;
  }
  showProblem(input);
  return false;
}

function prepare(root) {
  root.querySelectorAll('input').forEach((input) => {
    if (isDateInput(input) && !input.dataset.paDate) {
      input.dataset.paDate = 'true';
      input.placeholder = SHAPE;
      input.setAttribute('inputmode', 'numeric');
      // form-js may bring its own copy of flatpickr, which the defaults above do not reach
      const picker = input._flatpickr;
      picker.set({ dateFormat: 'Y-m-d', formatDate: (day) => formatIso(day), parseDate: (text) => isoDate(text) });
      if (picker.l10n.firstDayOfWeek !== 1) {
        picker.set('locale', SWEDISH);
      }
      if (picker.selectedDates.length) {
        input.value = formatIso(picker.selectedDates[0]);
      }
      // a day picked in the calendar after a wrong text: the problem goes with the text
      picker.config.onValueUpdate.push(() => {
        if (input.dataset.paInvalid) {
          check(input);
        }
      });
    }
  });
}

if (flatpickr) {
  new MutationObserver(() => prepare(document)).observe(document.documentElement, { childList: true, subtree: true });

  // before flatpickr reads the text (Enter, leaving the field): a wrongly shaped date is neither
  // read nor cleared, it stays as typed with the problem beside it
  window.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && isDateInput(event.target) && !check(event.target)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
  window.addEventListener('blur', (event) => {
    const toCalendar = isDateInput(event.target) && event.relatedTarget
      && event.target._flatpickr.calendarContainer.contains(event.relatedTarget);
    if (isDateInput(event.target) && !toCalendar && !check(event.target)) {
      event.stopImmediatePropagation();
    }
  }, true);
  window.addEventListener('input', (event) => {
    if (isDateInput(event.target) && event.target.dataset.paInvalid && isoDate(event.target.value)) {
      clearProblem(event.target);
    }
  }, true);

  // a click beside an open calendar makes flatpickr read the text: a wrongly shaped date is kept
  // as typed instead, the calendar closes and the problem is shown
  window.addEventListener('mousedown', (event) => {
    Array.from(document.querySelectorAll('input')).forEach((input) => {
      if (!isDateInput(input) || !input._flatpickr.isOpen) {
        return;
      }
      const picker = input._flatpickr;
      if (input.contains(event.target) || picker.calendarContainer.contains(event.target)) {
        return;
      }
      if (!check(input)) {
        event.stopPropagation();
        picker.close();
      }
    });
  }, true);

  // no task is completed while a date field holds something that is not a date
  window.addEventListener('click', (event) => {
    const button = event.target.closest && event.target.closest('button');
    if (!button || !/complete\(/.test(button.getAttribute('ng-click') || '')) {
      return;
    }
    const wrong = Array.from(document.querySelectorAll('input')).filter((input) => isDateInput(input) && !check(input));
    if (wrong.length) {
      event.preventDefault();
      event.stopImmediatePropagation();
      wrong[0].focus();
    }
  }, true);
}

// form-js writes the searchable selects' prompts in English (the members a dissent is chosen from):
// they are shown in Swedish
function swedishSelects(root) {
  root.querySelectorAll('.fjs-form-field-select input[placeholder="Search"]').forEach((input) => {
    input.placeholder = 'Skriv för att söka';
  });
  root.querySelectorAll('.fjs-dropdownlist-empty').forEach((empty) => {
    if (empty.textContent.trim() === 'No results') {
      empty.textContent = 'Ingen träff';
    }
  });
}
new MutationObserver(() => swedishSelects(document)).observe(document.documentElement, { childList: true, subtree: true });

// The open task's header names its cycle (key and region) and its planned end, so that the same step
// of two cycles cannot be mistaken for one another.
const base = document.querySelector('base');
const ENGINE = (base && base.getAttribute('engine-api') || '/camunda/api/engine/') + 'engine/default';
let headerTask = null;

function openTaskId() {
  const match = /[?&]task=([^&]+)/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

function getJson(path) {
  return fetch(ENGINE + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null);
}

function showCycleInHeader() {
  const taskId = openTaskId();
  const header = document.querySelector('.task-details header, [cam-tasklist-task] header');
  if (!taskId || !header) {
    return;
  }
  const shown = header.querySelector('.pa-task-cycle');
  if (shown && shown.dataset.task === taskId) {
    return;
  }
  if (headerTask === taskId) {
    return; // on its way
  }
  headerTask = taskId;
  Promise.all([getJson('/task/' + encodeURIComponent(taskId) + '/localVariables/cycleLabel'),
    getJson('/task/' + encodeURIComponent(taskId))]).then(([label, task]) => {
    headerTask = null;
    if (openTaskId() !== taskId) {
      return;
    }
    const parts = [];
    if (label && label.value) {
      parts.push('Cykel: ' + label.value);
    }
    if (task && task.due) {
      parts.push('Planerat slut: ' + new Date(task.due).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' }));
    }
    const place = document.querySelector('.task-details header, [cam-tasklist-task] header');
    if (!place) {
      return;
    }
    let line = place.querySelector('.pa-task-cycle');
    if (!line) {
      line = document.createElement('p');
      line.className = 'pa-task-cycle';
      const after = place.querySelector('.definition-name');
      if (after && after.parentNode) {
        after.parentNode.insertBefore(line, after.nextSibling);
      } else {
        place.appendChild(line);
      }
    }
    line.dataset.task = taskId;
    line.textContent = parts.join(' · ');
  });
}

new MutationObserver(showCycleInHeader).observe(document.documentElement, { childList: true, subtree: true });
window.addEventListener('hashchange', showCycleInHeader);

// Times in Swedish time (Europe/Stockholm), wherever the browser is: Tasklist writes its times with
// moment in the browser's own zone, and its footer names that zone. Every moment that is not explicitly
// UTC is given Stockholm's offset for its instant (summer time included), and the footer says so.
const SWEDISH_ZONE = 'Europe/Stockholm';
const zoneParts = new Intl.DateTimeFormat('en-US', {
  timeZone: SWEDISH_ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit'
});

/** Minutes east of UTC in Sweden at the instant. */
function swedishOffset(instant) {
  const parts = {};
  zoneParts.formatToParts(new Date(instant)).forEach((part) => { parts[part.type] = part.value; });
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour) % 24,
    Number(parts.minute), Number(parts.second));
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60000);
}

let swedishTime = false;

function useSwedishTime(moment) {
  if (!moment || swedishTime) {
    return;
  }
  if (moment.momentProperties && moment.momentProperties.indexOf('_paZone') < 0) {
    moment.momentProperties.push('_paZone');
  }
  moment.updateOffset = function (mom, keepTime) {
    if (!mom.isValid() || (mom._isUTC && !mom._paZone)) {
      return;
    }
    const offset = swedishOffset(mom.valueOf());
    if (mom._paZone && mom._offset === offset) {
      return;
    }
    mom._paZone = true;
    mom.utcOffset(offset, keepTime);
  };
  swedishTime = true;
  showSwedishZone();
}

function showSwedishZone() {
  const zone = document.querySelector('#footer-timezone i');
  if (swedishTime && zone && zone.textContent !== SWEDISH_ZONE) {
    zone.textContent = SWEDISH_ZONE;
  }
}

(function findMoment(tries) {
  const angular = window.angular;
  const root = angular && angular.element(document.querySelector('[ng-controller]') || document.body);
  const injector = root && root.injector();
  if (injector && injector.has('moment')) {
    useSwedishTime(injector.get('moment'));
  } else if (tries > 0) {
    setTimeout(() => findMoment(tries - 1), 100);
  }
})(600);

new MutationObserver(showSwedishZone).observe(document.documentElement, { childList: true, subtree: true });

export default [];
