// Cockpit plugin of Påverkansagenda: a tab on the process instance page with the cycle's twelve steps,
// planned against actual; the list "Cykler" of every cycle, running or finished, on the dashboard and
// on its own page (#/cykler); and each cycle's planned-against-actual view (#/cykler/<key>), which
// opens finished cycles too. The data come from the plugin's own resource inside Cockpit's session.

const DAY = 24 * 60 * 60 * 1000;

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  return node;
}

// Moments come in the region's time zone ("2020-04-07T09:00:00+02:00"): shown as they are, whatever the browser's zone.
function moment(value) {
  return value ? value.substring(0, 10) + ' ' + value.substring(11, 16) : '–';
}

function period(start, end) {
  return start === end ? start : start + ' – ' + end;
}

function days(count, word) {
  return count + ' ' + word + (count === 1 ? '' : 'ar');
}

function lateness(stage) {
  if (!stage.late) {
    return 'I tid';
  }
  return days(stage.daysLate, 'dag') + ' (' + days(stage.businessDaysLate, 'arbetsdag') + ')';
}

function dayOf(value) {
  return Date.parse(value.substring(0, 10) + 'T00:00:00Z');
}

// The planned days as a grey band, the actual work as a line (red when late); open work runs up to now. A step
// draws each of its passes, so the time between a pass sent back and the next is not shown as work.
function bar(stage, first, span, asOfDay) {
  const track = element('div', 'pa-stages-track');
  track.appendChild(band('pa-stages-planned', dayOf(stage.plannedStart), dayOf(stage.plannedEnd) + DAY, first, span,
    'Planerat ' + period(stage.plannedStart, stage.plannedEnd)));
  const runs = stage.passes && stage.passes.length ? stage.passes : [stage];
  runs.filter(run => run.actualStart).forEach(run => {
    const end = (run.actualEnd ? dayOf(run.actualEnd) : asOfDay) + DAY;
    track.appendChild(band('pa-stages-actual' + (run.late ? ' pa-stages-late' : ''), dayOf(run.actualStart), end,
      first, span, 'Utfört ' + moment(run.actualStart) + ' – ' + moment(run.actualEnd)));
  });
  const today = element('div', 'pa-stages-today');
  today.style.left = (100 * (asOfDay - first) / span) + '%';
  track.appendChild(today);
  return track;
}

function band(className, start, end, first, span, title) {
  const node = element('div', className);
  node.style.left = (100 * (start - first) / span) + '%';
  node.style.width = Math.max(0.5, 100 * (end - start) / span) + '%';
  node.title = title;
  return node;
}

function table(progress) {
  const stages = progress.stages;
  const asOfDay = dayOf(progress.asOf);
  // the steps and each of their passes, whose planned days a send-back may have moved
  const spans = stages.concat(...stages.map(s => s.passes || []));
  const first = Math.min(...spans.map(s => dayOf(s.plannedStart)), ...spans.filter(s => s.actualStart).map(s => dayOf(s.actualStart)));
  const last = Math.max(asOfDay, ...spans.map(s => dayOf(s.plannedEnd)), ...spans.filter(s => s.actualEnd).map(s => dayOf(s.actualEnd))) + DAY;
  const span = last - first;

  const result = element('table', 'table table-striped pa-stages-table');
  const head = element('thead');
  const headRow = element('tr');
  ['Nr', 'Steg', 'Planerat', 'Påbörjat', 'Klart', 'Status', 'Försening', 'Planerat (grått) mot utfört'].forEach(title => headRow.appendChild(element('th', null, title)));
  head.appendChild(headRow);
  result.appendChild(head);
  const body = element('tbody');
  stages.forEach(stage => {
    const row = element('tr', 'pa-stages-row' + (stage.late ? ' pa-stages-row-late' : ''));
    row.setAttribute('data-step', stage.key);
    row.appendChild(element('td', null, String(stage.label)));
    const name = element('td', 'pa-stages-name', stage.name);
    if (stage.timesRun > 1) {
      name.appendChild(element('span', 'pa-stages-note', ' (genomfört ' + stage.timesRun + ' gånger, en rad per gång nedan)'));
    }
    if (stage.incidents > 0) {
      name.appendChild(element('span', 'pa-stages-incident', ' ' + stage.incidents + (stage.incidents === 1 ? ' incident' : ' incidenter')));
    }
    row.appendChild(name);
    row.appendChild(element('td', 'pa-stages-date', period(stage.plannedStart, stage.plannedEnd)));
    row.appendChild(element('td', 'pa-stages-date', moment(stage.actualStart)));
    row.appendChild(element('td', 'pa-stages-date', moment(stage.actualEnd)));
    row.appendChild(element('td', 'pa-stages-state', stage.stateName));
    row.appendChild(element('td', 'pa-stages-lateness', lateness(stage)));
    const chart = element('td', 'pa-stages-chart');
    chart.appendChild(bar(stage, first, span, asOfDay));
    row.appendChild(chart);
    body.appendChild(row);
    passRows(stage, first, span, asOfDay).forEach(passRow => body.appendChild(passRow));
  });
  result.appendChild(body);
  return result;
}

// A line of its own for each pass of a step that ran more than once or was sent back, each judged against its own planned days.
function passRows(stage, first, span, asOfDay) {
  const passes = stage.passes || [];
  if (passes.length < 2 && !passes.some(pass => pass.sentBack)) {
    return [];
  }
  return passes.map(pass => {
    const row = element('tr', 'pa-stages-pass' + (pass.late ? ' pa-stages-row-late' : ''));
    row.setAttribute('data-step', stage.key);
    row.setAttribute('data-pass', String(pass.number));
    row.appendChild(element('td'));
    const name = element('td', 'pa-stages-name', 'Gång ' + pass.number + ' av ' + passes.length);
    if (pass.sentBack) {
      name.appendChild(element('div', 'pa-stages-sent-back', sendBack(pass.sentBack)));
    }
    row.appendChild(name);
    row.appendChild(element('td', 'pa-stages-date', period(pass.plannedStart, pass.plannedEnd)));
    row.appendChild(element('td', 'pa-stages-date', moment(pass.actualStart)));
    row.appendChild(element('td', 'pa-stages-date', moment(pass.actualEnd)));
    row.appendChild(element('td', 'pa-stages-state', pass.stateName));
    row.appendChild(element('td', 'pa-stages-lateness', lateness(pass)));
    const chart = element('td', 'pa-stages-chart');
    chart.appendChild(bar(pass, first, span, asOfDay));
    row.appendChild(chart);
    return row;
  });
}

function sendBack(sent) {
  return 'Återsänt till steg ' + sent.toStep + ' från steg ' + sent.fromStep + ' (' + sent.fromStepName + ') '
    + moment(sent.at) + (sent.by ? ' av ' + sent.by : '') + (sent.comment ? ': ' + sent.comment : '');
}

function summary(progress) {
  const late = progress.stages.filter(s => s.late);
  const incidents = progress.stages.reduce((sum, s) => sum + s.incidents, 0);
  const parts = [progress.finished
    ? 'Cykeln avslutades ' + moment(progress.endedAt) + '.'
    : 'Läget ' + moment(progress.asOf) + '.'];
  parts.push(late.length === 0 ? 'Inget steg är försenat.'
    : late.length === 1 ? '1 steg är eller blev försenat: ' + late[0].name + '.'
    : late.length + ' steg är eller blev försenade.');
  if (incidents > 0) {
    parts.push(incidents + (incidents === 1 ? ' incident väntar' : ' incidenter väntar') + ' på åtgärd.');
  }
  return parts.join(' ');
}

// The application's own timeline page and files: they open with the web apps' login.
function downloads(businessKey) {
  const links = element('p', 'pa-stages-links', 'Tidslinje med diagram: ');
  const base = '/api/cycles/' + encodeURIComponent(businessKey);
  [['sida', '/tidslinje'], ['PDF', '/stages.pdf'], ['CSV', '/stages.csv']].forEach(([label, path], index) => {
    const link = element('a', null, label);
    link.href = base + path;
    link.target = '_blank';
    link.rel = 'noopener';
    links.appendChild(link);
    if (index < 2) {
      links.appendChild(document.createTextNode(' · '));
    }
  });
  return links;
}

function pluginApi(api) {
  return api.cockpitApi + '/plugin/paverkansagenda/' + encodeURIComponent(api.engine || 'default');
}

async function fetchJson(url) {
  const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  let body = {};
  try {
    body = await response.json();
  } catch (notJson) {
    body = {};
  }
  return {response, body};
}

async function showStages(node, url) {
  node.textContent = '';
  const view = element('div', 'pa-stages');
  node.appendChild(view);
  view.appendChild(element('p', 'pa-stages-status', 'Hämtar stegen…'));
  try {
    const {response, body} = await fetchJson(url);
    view.textContent = '';
    if (!response.ok) {
      view.appendChild(element('p', 'pa-stages-status', body.detail || ('Stegen kunde inte hämtas (' + response.status + ').')));
      return;
    }
    const title = element('h4', 'pa-stages-title', 'Planerat mot utfört: ' + body.businessKey + ', ' + body.regionName
      + (body.finished ? ' (avslutad)' : ''));
    view.appendChild(title);
    view.appendChild(element('p', 'pa-stages-summary', summary(body)));
    view.appendChild(table(body));
    view.appendChild(downloads(body.businessKey));
  } catch (failure) {
    view.textContent = '';
    view.appendChild(element('p', 'pa-stages-status', 'Stegen kunde inte hämtas: ' + failure.message));
  }
}

function show(node, api, processInstanceId) {
  showStages(node, pluginApi(api) + '/process-instance/' + encodeURIComponent(processInstanceId) + '/stages');
}

// The list of every cycle, the newest first: where each stands and what comes next.
function cycleTable(cycles) {
  const result = element('table', 'table table-striped pa-cycles-table');
  const head = element('thead');
  const headRow = element('tr');
  ['Cykel', 'Region', 'År', 'Status', 'Pågående steg', 'Försenade steg', 'Svar per omgång', 'Nästa steg']
    .forEach(title => headRow.appendChild(element('th', null, title)));
  head.appendChild(headRow);
  result.appendChild(head);
  const body = element('tbody');
  cycles.forEach(cycle => {
    const row = element('tr', 'pa-cycles-row' + (cycle.finished ? ' pa-cycles-finished' : ''));
    row.setAttribute('data-cycle', cycle.businessKey);
    const key = element('td', 'pa-cycles-key');
    const link = element('a', null, cycle.businessKey);
    link.href = '#/cykler/' + encodeURIComponent(cycle.businessKey);
    link.title = 'Planerat mot utfört';
    key.appendChild(link);
    row.appendChild(key);
    row.appendChild(element('td', null, cycle.regionName));
    row.appendChild(element('td', null, String(cycle.year)));
    row.appendChild(element('td', 'pa-cycles-state', cycle.finished ? 'Avslutad ' + moment(cycle.endedAt).substring(0, 10) : 'Pågår'));
    row.appendChild(element('td', 'pa-cycles-running', cycle.running.length ? cycle.running.join(', ') : '–'));
    row.appendChild(element('td', 'pa-cycles-late' + (cycle.lateSteps > 0 ? ' pa-stages-incident' : ''), String(cycle.lateSteps)));
    const rounds = element('td', 'pa-cycles-rounds');
    cycle.rounds.forEach((round, index) => {
      if (index > 0) {
        rounds.appendChild(element('br'));
      }
      rounds.appendChild(document.createTextNode(round.name + ': ' + round.received + ' av ' + round.expected));
    });
    row.appendChild(rounds);
    row.appendChild(element('td', 'pa-cycles-next', cycle.nextStep ? cycle.nextStepDate + ' ' + cycle.nextStep : '–'));
    body.appendChild(row);
  });
  result.appendChild(body);
  return result;
}

async function showCycles(node, api) {
  node.textContent = '';
  const view = element('div', 'pa-cycles');
  node.appendChild(view);
  view.appendChild(element('p', 'pa-stages-status', 'Hämtar cyklerna…'));
  try {
    const {response, body} = await fetchJson(pluginApi(api) + '/cycles');
    view.textContent = '';
    if (!response.ok) {
      view.appendChild(element('p', 'pa-stages-status', body.detail || ('Cyklerna kunde inte hämtas (' + response.status + ').')));
      return;
    }
    if (body.length === 0) {
      view.appendChild(element('p', 'pa-stages-status', 'Inga cykler har startats.'));
      return;
    }
    view.appendChild(cycleTable(body));
  } catch (failure) {
    view.textContent = '';
    view.appendChild(element('p', 'pa-stages-status', 'Cyklerna kunde inte hämtas: ' + failure.message));
  }
}

// #/cykler/PA-JH-2020: the business key from the address (Cockpit's routes give no parameters to plugins)
function cycleKeyOfAddress() {
  const match = /^#\/cykler\/([^/?]+)/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

function cyclePage(node, api) {
  const key = cycleKeyOfAddress();
  node.textContent = '';
  const page = element('div', 'pa-cycle-page');
  node.appendChild(page);
  const back = element('p', 'pa-cycles-back');
  const link = element('a', null, '← Alla cykler');
  link.href = '#/cykler';
  back.appendChild(link);
  page.appendChild(back);
  const stages = element('div');
  page.appendChild(stages);
  showStages(stages, pluginApi(api) + '/cycles/' + encodeURIComponent(key) + '/stages');
}

function cyclesPage(node, api) {
  node.textContent = '';
  const page = element('div', 'pa-cycle-page');
  node.appendChild(page);
  page.appendChild(element('h3', null, 'Cykler'));
  const list = element('div');
  page.appendChild(list);
  showCycles(list, api);
}

export default [{
  id: 'paverkansagenda.plannedVsActual',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  priority: 20,
  properties: {
    label: 'Planerat mot utfört'
  },
  render: (node, {api, processInstanceId}) => {
    show(node, api, processInstanceId);
  }
}, {
  id: 'paverkansagenda.cycles',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  properties: {
    label: 'Cykler'
  },
  render: (node, {api}) => {
    showCycles(node, api);
  }
}, {
  id: 'paverkansagenda.cyclesPage',
  pluginPoint: 'cockpit.route',
  properties: {
    path: '/cykler'
  },
  render: (node, {api}) => {
    cyclesPage(node, api);
  }
}, {
  id: 'paverkansagenda.cyclePage',
  pluginPoint: 'cockpit.route',
  properties: {
    path: '/cykler/:cycleKey'
  },
  render: (node, {api}) => {
    cyclePage(node, api);
  }
}, {
  id: 'paverkansagenda.cyclesNavigation',
  pluginPoint: 'cockpit.navigation',
  priority: 100,
  properties: {
    pagePath: '#/cykler',
    label: 'Cykler',
    checkActive: path => path.indexOf('#/cykler') > -1
  }
}];
