"""A tiny app for the CSP browser test: an st.components.v2 component the way the chart component
loads its vendored bundle (inline JS, a classic <script> and an ES module from /app/static/, inline CSS).

Served by the stack with `server.enableStaticServing` (static/ beside this file).
"""

import streamlit as st

PROBE_JS = """
export default async function ({ parentElement, data }) {
  const out = parentElement.querySelector(".probe");
  await new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = data.classic;
    script.onload = resolve;
    script.onerror = () => reject(new Error("classic script blocked"));
    document.head.appendChild(script);
  });
  const module = await import(new URL(data.module, window.location.href).href);
  out.textContent = `probe ok: ${window.cspProbeClassic} ${module.value}`;
}
"""

probe = st.components.v2.component(
    "csp_probe",
    html='<div class="probe">waiting</div>',
    css=".probe { color: rgb(0, 90, 0); font-weight: 600; }",
    js=PROBE_JS,
)
st.title("CSP probe")
probe(
    data={"classic": "/app/static/csp_probe_classic.js", "module": "/app/static/csp_probe_module.js"},
    key="probe",
)
