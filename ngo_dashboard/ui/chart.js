// The app's chart element (ngo_dashboard/ui/chart.py). It draws the Plotly figure it is given with
// the vendored plotly.js bundle, and reports a click on a point that carries `customdata`. It keeps
// no state of its own: the figure, the selection and the URL belong to Python.

const charts = new WeakMap(); // the component's parent element -> what this module drew into it
let plotly = null; // one <script> for the bundle per page, however many charts it has

function bundleUrl(file) {
  // Streamlit's own scripts are addressed relative to the page, so the app's static files sit
  // beside them under any base path or proxy prefix.
  const entry = document.querySelector('script[src*="/static/js/index."]');
  const base = entry ? entry.src.replace(/static\/js\/[^/]*$/, "") : new URL("./", document.baseURI).href;
  return new URL(`app/static/${file}`, base).href;
}

function loadPlotly(bundle) {
  if (window.Plotly) return Promise.resolve(window.Plotly);
  if (!plotly) {
    plotly = new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = bundleUrl(bundle.file);
      script.integrity = bundle.integrity;
      script.crossOrigin = "anonymous";
      script.onload = () => (window.Plotly ? resolve(window.Plotly) : reject(new Error(`no Plotly in ${script.src}`)));
      script.onerror = () => {
        plotly = null; // the next chart (or rerun) tries again
        script.remove();
        reject(new Error(`could not load ${script.src}`));
      };
      document.head.appendChild(script);
    });
  }
  return plotly;
}

function mount(parentElement) {
  let figure = parentElement.querySelector("figure.ngo-chart"); // the component's html
  if (!figure) {
    figure = document.createElement("figure");
    figure.className = "ngo-chart";
    figure.dataset.testid = "chart";
    parentElement.appendChild(figure);
  }
  const plot = document.createElement("div");
  figure.replaceChildren(plot);
  const state = {
    parent: parentElement,
    figure,
    plot,
    click: null,
    width: 0,
    observer: null,
    waitWide: null,
    waitNear: null,
    drawn: 0,
    data: null, // what was last drawn, to draw again when the width crosses `phone.below_px`
    phone: false,
  };
  charts.set(parentElement, state);
  return state;
}

function listen(Plotly, state) {
  state.plot.on("plotly_click", (event) => {
    const point = event && event.points && event.points[0];
    if (state.click && point && point.customdata !== undefined && point.customdata !== null) {
      state.click("click", point.customdata);
    }
  });
  // Plotly's `responsive` follows the window; this also follows the page's own layout.
  state.observer = new ResizeObserver(([entry]) => {
    const width = Math.round(entry.contentRect.width);
    if (width > 0 && width !== state.width) {
      state.width = width;
      if (phone(state.data, state) !== state.phone) draw(state, state.data, state.parent);
      else Plotly.Plots.resize(state.plot);
    }
  });
  state.observer.observe(state.figure);
}

function unavailable(state, message, error) {
  console.error("chart:", error);
  const note = document.createElement("p");
  note.className = "ngo-chart-unavailable";
  note.textContent = message;
  state.figure.replaceChildren(note);
  state.figure.style.minHeight = "";
  if (state.observer) state.observer.disconnect();
  charts.delete(state.parent); // the next figure sent starts afresh
}

// How close to the viewport (in pixels below it) a chart comes before plotly.js is fetched for it.
const NEAR_PX = 250;

function nearView(element) {
  const box = element.getBoundingClientRect();
  return box.top < window.innerHeight + NEAR_PX && box.bottom > -NEAR_PX;
}

// A chart below the first screen is drawn when the reader scrolls near it: until then plotly.js is
// not fetched nor run (on a phone its first run blocks the page for about 0.6 s, Lighthouse mobile).
// Its place is kept meanwhile, so nothing moves when it appears.
function drawWhenNear(state, then) {
  if (state.waitNear) state.waitNear.disconnect();
  state.figure.classList.add("ngo-chart-deferred");
  state.waitNear = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      state.waitNear.disconnect();
      state.waitNear = null;
      state.figure.classList.remove("ngo-chart-deferred");
      then();
    },
    { rootMargin: `0px 0px ${NEAR_PX}px 0px` },
  );
  state.waitNear.observe(state.figure);
}

// Whether the chart is drawn for a phone: narrower than `phone.below_px`, where its value labels
// would overprint one another and its legend takes a row an entry (ngo_dashboard/charts.py,
// PHONE_CHART_PX). The core says what changes then, in each trace and in the layout.
function phone(data, state) {
  const width = state.figure.getBoundingClientRect().width || window.innerWidth;
  return !!data.phone && width < data.phone.below_px;
}

function draw(state, data, parentElement) {
  const figure = JSON.parse(data.figure);
  const turn = ++state.drawn;
  state.data = data;
  state.phone = phone(data, state);
  if (state.phone) {
    figure.data = figure.data.map((trace, index) => ({ ...trace, ...data.phone.traces[index] }));
    figure.layout = { ...figure.layout, ...data.phone.layout };
  }
  state.click = data.click ? data.setTriggerValue : null;
  state.figure.setAttribute("aria-label", data.alt);
  state.figure.style.minHeight = `${figure.layout.height || 450}px`; // no jump when the plot appears
  if (state.plot.parentElement !== state.figure) state.figure.replaceChildren(state.plot);
  if (!window.Plotly && !nearView(state.figure)) return drawWhenNear(state, () => draw(state, data, parentElement));
  loadPlotly(data.bundle)
    .then((Plotly) => {
      if (charts.get(parentElement) !== state || turn !== state.drawn) return; // a newer figure came
      return Plotly.react(state.plot, figure.data, figure.layout, data.config).then(() => {
        // The name (aria-label) and the page's tables carry the content; the SVG's loose labels
        // would only be noise to a screen reader. The modebar's buttons stay reachable.
        state.plot.querySelectorAll(".main-svg").forEach((svg) => svg.setAttribute("aria-hidden", "true"));
        if (!state.observer) listen(Plotly, state);
      });
    })
    .catch((error) => unavailable(state, data.unavailable, error));
}

// A chart that would be unreadable below `narrow.min_width` pixels is not drawn there, and its
// bundle is not even fetched: a note says where the same content is. It is drawn once the element
// is wide enough (a phone turned sideways, a window made wider).
function drawWhenWide(state, data, parentElement) {
  const wide = () => (state.figure.getBoundingClientRect().width || window.innerWidth) >= data.narrow.min_width;
  if (state.waitWide) state.waitWide.disconnect();
  state.waitWide = null;
  if (wide()) return draw(state, data, parentElement);
  ++state.drawn; // a figure still on its way from an earlier call is not drawn either
  const note = document.createElement("p");
  note.className = "ngo-chart-narrow";
  note.textContent = data.narrow.note;
  state.figure.removeAttribute("aria-label");
  state.figure.style.minHeight = "";
  state.figure.replaceChildren(note);
  state.waitWide = new ResizeObserver(() => {
    if (!wide()) return;
    state.waitWide.disconnect();
    state.waitWide = null;
    draw(state, data, parentElement);
  });
  state.waitWide.observe(state.figure);
}

export default function chart({ data, parentElement, setTriggerValue }) {
  const state = charts.get(parentElement) || mount(parentElement);
  const given = { ...data, setTriggerValue };
  if (data.narrow) drawWhenWide(state, given, parentElement);
  else draw(state, given, parentElement);
  return () => {
    if (state.observer) state.observer.disconnect();
    if (state.waitWide) state.waitWide.disconnect();
    if (state.waitNear) state.waitNear.disconnect();
    if (window.Plotly) window.Plotly.purge(state.plot);
    state.plot.remove();
    charts.delete(parentElement);
  };
}
