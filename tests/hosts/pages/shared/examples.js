// Controlled mode: the host has the data itself (here the contract's examples, served at
// /examples/) and hands it to the elements as properties.
const FILES = {
  case: 'case.json',
  events: 'case-event-list.json',
  reasons: 'reason-statistics.json',
  schools: 'school-statistics.json',
  headline: 'headline-statistics.json',
  assessment: 'routekaart-assessment.json',
  history: 'routekaart-assessment-list.json',
  changes: 'routekaart-change-list.json',
};

export async function loadExamples() {
  const entries = await Promise.all(
    Object.entries(FILES).map(async ([key, file]) => {
      const response = await fetch(`/examples/${file}`);
      if (!response.ok) throw new Error(`${file}: ${response.status}`);
      return [key, await response.json()];
    }),
  );
  const data = Object.fromEntries(entries);
  return { ...data, events: data.events.items, history: data.history.items, changes: data.changes.items };
}

/** Gives every element on the page its data, the way a framework binds properties. */
export function bindExamples(data, root = document) {
  for (const el of root.querySelectorAll('tz-case-timeline')) {
    el.case = data.case;
    el.events = data.events;
  }
  for (const el of root.querySelectorAll('tz-reason-chart')) {
    el.data = data.reasons;
    el.schools = data.schools;
  }
  for (const el of root.querySelectorAll('tz-dashboard')) {
    el.headline = data.headline;
    el.reasons = data.reasons;
    el.schools = data.schools;
  }
  for (const el of root.querySelectorAll('tz-routekaart-checklist')) {
    el.assessment = data.assessment;
    el.history = data.history;
    el.changes = data.changes;
  }
}
