// The map: a Natural Earth basemap drawn from world-atlas (no tile server, no fonts), and one
// marker per account of an incident and place, coloured by type, ringed by the linked incident's
// grade, clustered when dense. Every marker carries data-* attributes (place, lat, lon, type,
// grade, report, incident) that the browser test reads.
import L from './leaflet-global.js';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-50m.json';
import { el, gradeClass, gradeName, placesOf, typeClass, typeName, GRADE_NAMES, TYPE_NAMES } from './labels.js';

const KARABAKH = [[38.6, 44.6], [41.4, 48.6]];

export function createMap(container, legend, { onOpenReport, onOpenIncident }) {
  const map = L.map(container, { zoomSnap: 0.5, minZoom: 2, maxZoom: 12, worldCopyJump: true });
  const countries = feature(world, world.objects.countries);
  L.geoJSON(countries, {
    style: (f) => ({
      className: `country c${f.id}`,
      weight: 0.8,
      color: '#8a8f98',
      fillColor: ['031', '051'].includes(f.id) ? '#f3efe4' : '#e7e9ec',
      fillOpacity: 1,
    }),
    interactive: false,
  }).addTo(map);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Natural Earth');
  map.fitBounds(KARABAKH);

  const clusters = L.markerClusterGroup({
    maxClusterRadius: 28,
    showCoverageOnHover: false,
    spiderfyOnMaxZoom: true,
    iconCreateFunction: clusterIcon,
  });
  map.addLayer(clusters);
  drawLegend(legend);

  return {
    map,
    // `incidentOf(event)`: the linked incident holding the event's account, or undefined.
    show(events, incidentOf) {
      clusters.clearLayers();
      const markers = [];
      for (const event of events) {
        const incident = incidentOf(event);
        for (const ref of placesOf(event)) markers.push(marker(event, ref, incident, { onOpenReport, onOpenIncident }));
      }
      clusters.addLayers(markers);
      container.dataset.markers = String(markers.length);
    },
  };
}

function marker(event, ref, incident, handlers) {
  const dot = el('span', {
    class: `dot ${typeClass(event.type)} ${gradeClass(incident?.grade)}${event.actor2?.side === 'civilians' ? ' civilian' : ''}`,
    'data-grade': incident?.grade || '',
    'data-incident': incident?.id || '',
    'data-place': ref.place.name,
    'data-lat': ref.place.lat,
    'data-lon': ref.place.lon,
    'data-type': event.type,
    'data-report': event.report,
    'data-fact': event.id,
  });
  const m = L.marker([ref.place.lat, ref.place.lon], {
    icon: L.divIcon({ html: dot, className: 'incident-marker', iconSize: [16, 16] }),
    title: `${typeName(event.type)} at ${ref.place.name}, ${event.date?.date || 'date unknown'}`,
    keyboard: true,
  });
  m.placeName = ref.place.name;
  m.grade = incident?.grade || '';
  m.bindPopup(() => popup(event, ref, incident, handlers));
  return m;
}

function popup(event, ref, incident, { onOpenReport, onOpenIncident }) {
  const claimant = event.claimant?.name ? `${event.claimant.name} (${event.claimant.side || '?'})` : 'the outlet';
  return el('div', { class: 'popup' },
    el('strong', {}, typeName(event.type)),
    el('div', {}, `${ref.place.name} · ${event.date?.date || 'date unknown'} (${event.date?.precision || '?'})`),
    el('div', {}, `said by ${claimant}`),
    event.fatalities ? el('div', {}, `fatalities: ${JSON.stringify(event.fatalities)}`) : null,
    incident ? el('div', { class: 'popup-grade' }, `${gradeName(incident.grade)}: ${incident.accounts.length} account(s) from ${incident.reports.length} report(s)`) : null,
    el('button', { type: 'button', class: 'open-report', onclick: () => onOpenReport(event.report, event.id) },
      `report ${event.report}: ${event.source || 'source unknown'}`),
    incident ? el('button', { type: 'button', class: 'open-incident', onclick: () => onOpenIncident(incident.id) },
      `incident ${incident.id}: every account`) : null);
}

// A cluster shows how many markers it holds, ringed by the strongest grade among them.
function clusterIcon(cluster) {
  const children = cluster.getAllChildMarkers();
  const places = [...new Set(children.map((m) => m.placeName))].sort();
  const grades = Object.keys(GRADE_NAMES);
  const best = grades.find((g) => children.some((m) => m.grade === g));
  const body = el('span', { class: `cluster ${gradeClass(best)}`, 'data-places': places.join('|') }, String(children.length));
  return L.divIcon({ html: body, className: 'incident-cluster', iconSize: [30, 30] });
}

function drawLegend(legend) {
  legend.replaceChildren(
    el('div', { class: 'legend-row' }, el('span', { class: 'legend-title' }, 'Type'),
      ...Object.keys(TYPE_NAMES).map((type) =>
        el('span', { class: 'legend-item' }, el('span', { class: `swatch ${typeClass(type)}` }), typeName(type))),
      el('span', { class: 'legend-item' }, el('span', { class: 'swatch t-other civilian' }), 'civilians targeted')),
    el('div', { class: 'legend-row' }, el('span', { class: 'legend-title' }, 'Ring: how well confirmed'),
      ...Object.keys(GRADE_NAMES).map((grade) =>
        el('span', { class: 'legend-item', 'data-grade': grade },
          el('span', { class: `swatch t-other ${gradeClass(grade)}` }), gradeName(grade)))));
}
