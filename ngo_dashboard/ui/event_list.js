// The timeline's list of events (ngo_dashboard/ui/event_list.py), drawn as one element: periods,
// years and cards from the data it is given. Every data text is set as text (textContent), never as
// HTML; links are only those Python checked. It remembers only what it drew (to keep those nodes);
// order, batch and the opened event belong to Python and the URL.

function node(tag, className, text) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined && text !== null) element.textContent = text;
  return element;
}

function link(text, href) {
  const anchor = node("a", "", text);
  anchor.href = href;
  return anchor;
}

function card(event, labels) {
  const article = node("article", event.marked ? "ngo-card ngo-card-marked" : "ngo-card");
  article.dataset.event = event.id;
  if (event.marked) article.append(node("span", "ngo-card-mark", labels.marked));
  article.append(node("h4", "", event.title), node("p", "ngo-card-meta", event.meta), node("p", "", event.description));
  const own = node("p", "ngo-card-link");
  own.append(link(labels.link, event.link));
  article.append(own);
  const details = node("details");
  details.append(node("summary", "", labels.details));
  if (event.note) details.append(node("p", "", event.note));
  details.append(node("p", "", event.quote));
  const source = node("p", "", `${labels.source} `);
  source.append(link(event.source, event.source_url));
  details.append(source);
  article.append(details);
  return article;
}

const keys = new WeakMap(); // a drawn node -> the JSON of what it shows

// The list is flat (period h2, year h3, cards) so that an update can keep every node it already
// has: "show more" only appends, and a node left in place is what the browser's scroll anchoring
// holds still while the year strip above the list grows. Replacing it would move the reader.
function items(data) {
  const result = [];
  for (const period of data.periods) {
    result.push({ key: JSON.stringify(["period", period.label]), make: () => node("h2", "", period.label) });
    for (const year of period.years) {
      result.push({
        key: JSON.stringify(["year", year.year, year.anchor]),
        make: () => {
          const heading = node("h3", "", String(year.year));
          heading.id = year.anchor;
          return heading;
        },
      });
      for (const event of year.events) {
        result.push({ key: JSON.stringify(["card", event, data.labels]), make: () => card(event, data.labels) });
      }
    }
  }
  return result;
}

export default function eventList({ data, parentElement }) {
  const list = parentElement.querySelector(".ngo-events");
  const wanted = items(data);
  const drawn = [...list.children];
  let kept = 0;
  while (kept < drawn.length && kept < wanted.length && keys.get(drawn[kept]) === wanted[kept].key) kept += 1;
  for (const stale of drawn.slice(kept)) stale.remove();
  const added = document.createDocumentFragment();
  for (const item of wanted.slice(kept)) {
    const made = item.make();
    keys.set(made, item.key);
    added.append(made);
  }
  list.append(added);
  list.dataset.drawn = "true"; // the browser tests and the bench wait for it
}
