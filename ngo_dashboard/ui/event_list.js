// The timeline's list of events (ngo_dashboard/ui/event_list.py), drawn as one element: periods,
// years and cards from the data it is given. Every data text is set as text (textContent), never as
// HTML; links are only those Python checked. It keeps no state: order, batch and the opened event
// belong to Python and the URL.

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

export default function eventList({ data, parentElement }) {
  const list = parentElement.querySelector(".ngo-events");
  const content = document.createDocumentFragment();
  for (const period of data.periods) {
    content.append(node("h2", "", period.label));
    for (const year of period.years) {
      const heading = node("h3", "", String(year.year));
      heading.id = year.anchor;
      content.append(heading);
      for (const event of year.events) content.append(card(event, data.labels));
    }
  }
  // One replacement: the cards the reader has passed keep their place when "show more" adds some.
  list.replaceChildren(content);
  list.dataset.drawn = "true"; // the browser tests and the bench wait for it
}
