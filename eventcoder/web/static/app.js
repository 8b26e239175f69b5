// The eventcoder web page: a filter form over /api/events, /api/series, /api/map and /api/network.
// No libraries: the chart, the map and the network are SVG drawn here, so the page works offline.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const PAGE_SIZE = 25;
const state = { offset: 0, query: new URLSearchParams() };

function svgElement(name, attributes, parent) {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes || {})) element.setAttribute(key, value);
  if (parent) parent.appendChild(element);
  return element;
}

function htmlElement(name, text, parent) {
  const element = document.createElement(name);
  if (text !== undefined && text !== null) element.textContent = text;
  if (parent) parent.appendChild(element);
  return element;
}

// The form as query parameters: empty fields are left out, so the API's defaults apply.
function formQuery(form) {
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form).entries()) {
    if (name !== "freq" && String(value).trim() !== "") query.append(name, String(value).trim());
  }
  return query;
}

async function getJSON(path, query) {
  const response = await fetch(query ? `${path}?${query}` : path);
  const body = await response.json();
  if (!response.ok) {
    // Our 400s carry one message; FastAPI's 422s a list naming the parameter.
    const detail = Array.isArray(body.detail)
      ? body.detail.map((d) => `${d.loc[d.loc.length - 1]}: ${d.msg}`).join("; ")
      : body.detail;
    throw new Error(detail || `${response.status} ${response.statusText}`);
  }
  return body;
}

function showError(message) {
  const box = document.getElementById("error");
  box.textContent = message || "";
  box.hidden = !message;
}

// --- events table and evidence ------------------------------------------------------------

function renderTable(page) {
  const body = document.querySelector("#events tbody");
  body.replaceChildren();
  document.getElementById("total").textContent =
    page.total ? `${page.offset + 1}–${page.offset + page.events.length} of ${page.total}` : "(none match)";
  for (const event of page.events) {
    const row = htmlElement("tr", null, body);
    row.dataset.eventId = event.canonical_id;
    row.tabIndex = 0;
    const place = event.place_name
      ? `${event.place_name}${event.place_precision === "country" ? " (country)" : ""}`
      : "";
    const cells = [event.event_date || "?", event.status, event.source_code || "—",
      `${event.plover_type || "?"} ${event.cameo}`, event.target_code || "—", place,
      event.confidence === null ? "" : event.confidence.toFixed(2)];
    for (const value of cells) htmlElement("td", value, row);
    row.addEventListener("click", () => showEvidence(event.canonical_id, row));
    row.addEventListener("keydown", (key) => { if (key.key === "Enter") showEvidence(event.canonical_id, row); });
  }
  document.getElementById("previous").disabled = page.offset === 0;
  document.getElementById("next").disabled = page.offset + page.events.length >= page.total;
}

// A sentence with its trigger marked: text nodes only, never HTML built from data.
function markedSentence(evidence, parent) {
  const paragraph = htmlElement("p", null, parent);
  paragraph.className = "sentence";
  const sentence = evidence.sentence || "";
  const span = evidence.trigger_in_sentence;
  if (!span) {
    paragraph.textContent = sentence;
    return;
  }
  paragraph.append(sentence.slice(0, span[0]));
  htmlElement("mark", sentence.slice(span[0], span[1]), paragraph);
  paragraph.append(sentence.slice(span[1]));
}

// The short id tables and `eventcoder show` use: the first 10 characters of canonical_id.
const SHORT_ID = 10;

// eventId: a full or short id (the API takes a unique start); row: the table row to mark, if shown.
async function showEvidence(eventId, row) {
  document.querySelectorAll("#events tr.selected").forEach((r) => r.classList.remove("selected"));
  if (row) row.classList.add("selected");
  const box = document.getElementById("evidence");
  try {
    const event = await getJSON(`/api/events/${encodeURIComponent(eventId)}`);
    const shortId = event.canonical_id.slice(0, SHORT_ID);
    box.replaceChildren();
    htmlElement("h3", `${event.plover_type || ""} ${event.cameo} · ${event.source_code || "—"} → ` +
      `${event.target_code || "—"} · ${event.event_date || "date unknown"} (${event.date_precision})`, box);
    htmlElement("p", `id ${shortId} · ${event.n_mentions} report(s) from ${event.n_sources} source(s); ` +
      `status ${event.status}; place ${event.place_name || "unknown"} (${event.place_precision || "unknown"})`,
      box).className = "muted";
    // The open event goes into the address with the filters, so it can be bookmarked too.
    const address = new URLSearchParams(location.search);
    address.set("event", shortId);
    history.replaceState(null, "", `?${address}`);
    for (const mention of event.mentions) {
      const evidence = mention.evidence;
      const item = htmlElement("div", null, box);
      item.className = "mention";
      markedSentence(evidence, item);
      const source = htmlElement("p", null, item);
      source.className = "muted";
      const title = evidence.title || evidence.article_id || "article";
      if (evidence.url) {
        const link = htmlElement("a", title, source);
        link.href = evidence.url;
        link.rel = "noreferrer";
      } else {
        source.append(title);
      }
      source.append(` · ${evidence.published || ""} · trigger “${evidence.trigger}” at ` +
        `${evidence.trigger_start}–${evidence.trigger_end}`);
    }
    box.hidden = false;
    box.scrollIntoView({ block: "nearest" });
  } catch (error) {
    showError(error.message);
  }
}

// --- time series chart ---------------------------------------------------------------------

// Days each period covers, to place bars on a true time axis (quiet periods show as gaps).
const PERIOD_DAYS = { day: 1, week: 7, month: 30.44, quarter: 91.31, year: 365.25 };
const DAY_MS = 86400000;

function renderChart(series) {
  const holder = document.getElementById("chart");
  holder.replaceChildren();
  const width = 520, height = 200, left = 36, bottom = 40, top = 10, right = 24;
  const svg = svgElement("svg", { viewBox: `0 0 ${width} ${height}`, id: "chart-svg", role: "img" }, holder);
  const rows = series.rows;
  if (!rows.length) {
    svgElement("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "muted" }, svg)
      .textContent = "no dated events";
    return;
  }
  const most = Math.max(...rows.map((r) => r.n_events));
  const plotWidth = width - left - right, plotHeight = height - top - bottom;
  const periodMs = (PERIOD_DAYS[series.freq] || 30.44) * DAY_MS;
  const times = rows.map((r) => Date.parse(r.period));
  const first = Math.min(...times), span = Math.max(...times) - first + periodMs;
  const x = (time) => left + ((time - first) / span) * plotWidth;
  const barWidth = Math.max((periodMs / span) * plotWidth * 0.85, 1.5);
  const y = (value) => top + plotHeight - (value / most) * plotHeight;
  // Axis ticks at 0, half and the most.
  for (const value of new Set([0, Math.round(most / 2), most])) {
    svgElement("line", { x1: left, x2: width - right, y1: y(value), y2: y(value), class: "grid" }, svg);
    svgElement("text", { x: left - 4, y: y(value) + 4, "text-anchor": "end", class: "tick" }, svg).textContent = value;
  }
  const labelLength = series.freq === "year" ? 4 : series.freq === "day" || series.freq === "week" ? 10 : 7;
  let lastLabelEnd = -Infinity;
  rows.forEach((row, index) => {
    const barX = x(times[index]);
    const bar = svgElement("rect", {
      x: barX, y: y(row.n_events), width: barWidth, height: top + plotHeight - y(row.n_events), class: "bar",
    }, svg);
    const goldstein = row.mean_goldstein === null ? "" : `, mean Goldstein ${row.mean_goldstein.toFixed(1)}`;
    svgElement("title", {}, bar).textContent = `${row.period}: ${row.n_events} event(s)${goldstein}`;
    // A label only where it does not run into the one before (about 6 units per character).
    const labelX = barX + barWidth / 2;
    if (labelX - labelLength * 3 > lastLabelEnd + 4) {
      svgElement("text", { x: labelX, y: height - bottom + 14, "text-anchor": "middle", class: "tick" }, svg)
        .textContent = row.period.slice(0, labelLength);
      lastLabelEnd = labelX + labelLength * 3;
    }
  });
}

// --- map -------------------------------------------------------------------------------------

// Equirectangular: one SVG unit per degree, north up.
function renderMap(collection) {
  const holder = document.getElementById("map");
  holder.replaceChildren();
  const svg = svgElement("svg", { viewBox: "-180 -90 360 180", id: "map-svg", role: "img" }, holder);
  svgElement("rect", { x: -180, y: -90, width: 360, height: 180, class: "sea" }, svg);
  const graticule = svgElement("g", { class: "graticule" }, svg);
  for (let lon = -150; lon <= 150; lon += 30) svgElement("line", { x1: lon, x2: lon, y1: -90, y2: 90 }, graticule);
  for (let lat = -60; lat <= 60; lat += 30) {
    svgElement("line", { x1: -180, x2: 180, y1: -lat, y2: -lat, class: lat === 0 ? "equator" : "" }, graticule);
  }
  for (let lon = -120; lon <= 120; lon += 60) {
    svgElement("text", { x: lon + 1, y: 88, class: "degree" }, graticule).textContent = `${lon}°`;
  }
  for (let lat = -60; lat <= 60; lat += 30) {
    svgElement("text", { x: -179, y: -lat - 1, class: "degree" }, graticule).textContent = `${lat}°`;
  }
  const features = collection.features;
  const most = Math.max(1, ...features.map((f) => f.properties.n_events));
  const dots = svgElement("g", { class: "dots" }, svg);
  // Biggest first, so small dots stay visible on top.
  for (const feature of [...features].sort((a, b) => b.properties.n_events - a.properties.n_events)) {
    const [lon, lat] = feature.geometry.coordinates;
    const place = feature.properties;
    const radius = 1.2 + 4 * Math.sqrt(place.n_events / most);
    const dot = svgElement("circle", {
      cx: lon, cy: -lat, r: radius, class: place.country_precision ? "dot country" : "dot",
    }, dots);
    dot.dataset.precision = place.precision;
    svgElement("title", {}, dot).textContent =
      `${place.place_name || "?"} (${place.precision}${place.country_precision ? ": whole country" : ""}): ` +
      `${place.n_events} event(s)`;
  }
}

// --- actor network ---------------------------------------------------------------------------

const NETWORK_EDGES = 40;

// Mean Goldstein (-10 conflict .. +10 cooperation) as red .. grey .. blue, as in the legend.
function goldsteinColour(value) {
  if (value === null || value === undefined) return "rgb(150, 150, 150)";
  const t = Math.max(-1, Math.min(1, value / 10));
  const mix = (from, to) => Math.round(from + (to - from) * Math.abs(t));
  return t < 0
    ? `rgb(${mix(150, 200)}, ${mix(150, 40)}, ${mix(150, 30)})`
    : `rgb(${mix(150, 30)}, ${mix(150, 120)}, ${mix(150, 200)})`;
}

// Actors on a circle, busiest first from the top, clockwise; each dyad a curved arrow from source to
// target (A -> B and B -> A bend to opposite sides, so both show).
function renderNetwork(network) {
  const holder = document.getElementById("network");
  holder.replaceChildren();
  const size = 420, centre = size / 2, ring = size / 2 - 60;
  const svg = svgElement("svg", { viewBox: `0 0 ${size} ${size}`, id: "network-svg", role: "img" }, holder);
  const nodes = network.nodes, edges = network.edges;
  document.getElementById("network-info").textContent =
    edges.length ? `${nodes.length} actors, ${edges.length} dyads` : "";
  if (!edges.length) {
    svgElement("text", { x: centre, y: centre, "text-anchor": "middle", class: "muted" }, svg)
      .textContent = "no events with a source and a target";
    return;
  }
  const mostNode = Math.max(...nodes.map((n) => n.n_events));
  const mostEdge = Math.max(...edges.map((e) => e.n_events));
  // The busiest actor's dot is at most 14 units, less when many actors share the circle.
  const biggest = Math.max(4, Math.min(14, (0.8 * Math.PI * ring) / nodes.length));
  const place = {};
  nodes.forEach((node, index) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / nodes.length;
    place[node.id] = {
      x: centre + ring * Math.cos(angle), y: centre + ring * Math.sin(angle), angle,
      r: 2.5 + (biggest - 2.5) * Math.sqrt(node.n_events / mostNode),
    };
  });
  const edgeLayer = svgElement("g", { class: "edges" }, svg);
  // Thin lines on top of thick ones, so no dyad hides under a busier one.
  for (const edge of [...edges].sort((a, b) => b.n_events - a.n_events)) {
    const from = place[edge.source], to = place[edge.target];
    if (!from || !to) continue;
    const colour = goldsteinColour(edge.mean_goldstein);
    const width = 1 + 5 * Math.sqrt(edge.n_events / mostEdge);
    const group = svgElement("g", { class: "edge" }, edgeLayer);
    group.dataset.source = edge.source;
    group.dataset.target = edge.target;
    group.dataset.nEvents = edge.n_events;
    let path, tip, direction;
    if (edge.source === edge.target) {
      // An actor acting on itself (a government and its own army): a loop outside the circle.
      const out = { x: Math.cos(from.angle), y: Math.sin(from.angle) };
      const side = { x: -out.y, y: out.x };
      const reach = from.r + 22;
      const c1 = { x: from.x + out.x * reach + side.x * 14, y: from.y + out.y * reach + side.y * 14 };
      const c2 = { x: from.x + out.x * reach - side.x * 14, y: from.y + out.y * reach - side.y * 14 };
      tip = { x: from.x + out.x * from.r - side.x * 3, y: from.y + out.y * from.r - side.y * 3 };
      path = `M ${from.x} ${from.y} C ${c1.x} ${c1.y} ${c2.x} ${c2.y} ${tip.x} ${tip.y}`;
      direction = { x: tip.x - c2.x, y: tip.y - c2.y };
    } else {
      const dx = to.x - from.x, dy = to.y - from.y, length = Math.hypot(dx, dy);
      const bend = { x: (-dy / length) * length * 0.15, y: (dx / length) * length * 0.15 };
      const control = { x: (from.x + to.x) / 2 + bend.x, y: (from.y + to.y) / 2 + bend.y };
      direction = { x: to.x - control.x, y: to.y - control.y };
      const norm = Math.hypot(direction.x, direction.y);
      tip = { x: to.x - (direction.x / norm) * to.r, y: to.y - (direction.y / norm) * to.r };
      path = `M ${from.x} ${from.y} Q ${control.x} ${control.y} ${tip.x} ${tip.y}`;
    }
    const line = svgElement("path", { d: path, class: "edge-line", stroke: colour, "stroke-width": width }, group);
    line.dataset.goldstein = edge.mean_goldstein === null ? "" : edge.mean_goldstein;
    // The arrowhead: a triangle at the target's rim, along the curve's last direction.
    const norm = Math.hypot(direction.x, direction.y) || 1;
    const ux = direction.x / norm, uy = direction.y / norm, head = 5 + width;
    const base = { x: tip.x - ux * head, y: tip.y - uy * head };
    svgElement("polygon", {
      points: `${tip.x},${tip.y} ${base.x - uy * head * 0.45},${base.y + ux * head * 0.45} ` +
        `${base.x + uy * head * 0.45},${base.y - ux * head * 0.45}`,
      fill: colour, class: "edge-head",
    }, group);
    const goldstein = edge.mean_goldstein === null ? "" : `, mean Goldstein ${edge.mean_goldstein.toFixed(1)}`;
    svgElement("title", {}, group).textContent =
      `${edge.source} → ${edge.target}: ${edge.n_events} event(s)${goldstein}` +
      (edge.first_date ? `, ${edge.first_date} to ${edge.last_date}` : "");
  }
  const nodeLayer = svgElement("g", { class: "nodes" }, svg);
  for (const node of nodes) {
    const at = place[node.id];
    const group = svgElement("g", { class: "node" }, nodeLayer);
    group.dataset.actor = node.id;
    svgElement("circle", { cx: at.x, cy: at.y, r: at.r, class: "node-dot" }, group);
    // Labels run outward along the radius (turned upright on the left half), so many actors do not overlap.
    const x = at.x + Math.cos(at.angle) * (at.r + 3), y = at.y + Math.sin(at.angle) * (at.r + 3);
    const left = Math.cos(at.angle) < -1e-9;
    const degrees = (at.angle * 180) / Math.PI + (left ? 180 : 0);
    svgElement("text", {
      x, y, dy: "0.35em", transform: `rotate(${degrees.toFixed(2)} ${x.toFixed(2)} ${y.toFixed(2)})`,
      "text-anchor": left ? "end" : "start", class: "node-label",
    }, group).textContent = node.id;
    svgElement("title", {}, group).textContent =
      `${node.id}: ${node.n_events} event(s), ${node.n_as_source} as source, ${node.n_as_target} as target`;
  }
}

// --- wiring ------------------------------------------------------------------------------------

async function search(form, offset) {
  showError("");
  state.offset = offset;
  state.query = formQuery(form);
  const pageQuery = new URLSearchParams(state.query);
  pageQuery.set("limit", PAGE_SIZE);
  pageQuery.set("offset", offset);
  const seriesQuery = new URLSearchParams(state.query);
  seriesQuery.set("freq", form.elements.freq.value);
  // The filters go into the address, so a view can be bookmarked or shared.
  history.replaceState(null, "", `?${seriesQuery}`);
  try {
    const networkQuery = new URLSearchParams(state.query);
    networkQuery.set("top", NETWORK_EDGES);
    const [page, series, map, network] = await Promise.all([
      getJSON("/api/events", pageQuery), getJSON("/api/series", seriesQuery), getJSON("/api/map", state.query),
      getJSON("/api/network", networkQuery),
    ]);
    renderTable(page);
    renderChart(series);
    renderMap(map);
    renderNetwork(network);
    document.getElementById("evidence").hidden = true;
  } catch (error) {
    showError(error.message);
  }
}

// Filters from the page address (?plover_type=ASSAULT&start=2022) fill the form.
function fillForm(form, query) {
  for (const [name, value] of query.entries()) {
    const field = form.elements[name];
    if (!field) continue;
    if (field.tagName === "SELECT" && ![...field.options].some((option) => option.value === value)) continue;
    field.value = value;
  }
}

async function start() {
  const form = document.getElementById("filters");
  form.addEventListener("submit", (submitted) => {
    submitted.preventDefault();
    search(form, 0);
  });
  document.getElementById("next").addEventListener("click", () => search(form, state.offset + PAGE_SIZE));
  document.getElementById("previous").addEventListener("click", () => search(form, Math.max(0, state.offset - PAGE_SIZE)));
  try {
    const [options, health] = await Promise.all([getJSON("/api/options"), getJSON("/api/health")]);
    const select = form.elements.plover_type;
    for (const name of options.plover_types) htmlElement("option", name, select).value = name;
    const status = form.elements.status;
    // The page lists every status; one the API knows and the page does not is added before "any".
    const listed = new Set([...status.options].map((option) => option.value));
    for (const name of options.statuses.filter((s) => !listed.has(s))) {
      const option = document.createElement("option");
      option.value = option.textContent = name;
      status.insertBefore(option, status.querySelector('option[value="any"]'));
    }
    fillForm(form, new URLSearchParams(location.search));
    document.getElementById("store-info").textContent =
      `${health.db}: ${health.counts.canonical_events} events from ${health.counts.articles} articles`;
  } catch (error) {
    showError(error.message);
  }
  // ?event=ID (a short id is enough) opens that event's evidence once the table is drawn.
  const wanted = new URLSearchParams(location.search).get("event");
  await search(form, 0);
  if (wanted) {
    const row = [...document.querySelectorAll("#events tbody tr")]
      .find((r) => r.dataset.eventId.startsWith(wanted));
    await showEvidence(wanted, row || null);
  }
}

document.addEventListener("DOMContentLoaded", start);
