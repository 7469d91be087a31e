// The map: a Natural Earth basemap drawn from world-atlas (no tile server, no fonts), and one
// marker per incident and place, coloured by type, clustered when dense. Every marker carries
// data-* attributes (place, lat, lon, type, report) that the browser test reads.
import L from './leaflet-global.js';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-50m.json';
import { el, placesOf, typeClass, typeName, TYPE_NAMES } from './labels.js';

const KARABAKH = [[38.6, 44.6], [41.4, 48.6]];

export function createMap(container, legend, onOpenReport) {
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
    show(events) {
      clusters.clearLayers();
      const markers = [];
      for (const event of events) {
        for (const ref of placesOf(event)) markers.push(marker(event, ref, onOpenReport));
      }
      clusters.addLayers(markers);
      container.dataset.markers = String(markers.length);
    },
  };
}

function marker(event, ref, onOpenReport) {
  const dot = el('span', {
    class: `dot ${typeClass(event.type)}${event.actor2?.side === 'civilians' ? ' civilian' : ''}`,
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
  m.bindPopup(() => popup(event, ref, onOpenReport));
  return m;
}

function popup(event, ref, onOpenReport) {
  const claimant = event.claimant?.name ? `${event.claimant.name} (${event.claimant.side || '?'})` : 'the outlet';
  return el('div', { class: 'popup' },
    el('strong', {}, typeName(event.type)),
    el('div', {}, `${ref.place.name} · ${event.date?.date || 'date unknown'} (${event.date?.precision || '?'})`),
    el('div', {}, `said by ${claimant}`),
    event.fatalities ? el('div', {}, `fatalities: ${JSON.stringify(event.fatalities)}`) : null,
    el('button', { type: 'button', class: 'open-report', onclick: () => onOpenReport(event.report, event.id) },
      `report ${event.report}: ${event.source || 'source unknown'}`));
}

function clusterIcon(cluster) {
  const children = cluster.getAllChildMarkers();
  const places = [...new Set(children.map((m) => m.placeName))].sort();
  const body = el('span', { class: 'cluster', 'data-places': places.join('|') }, String(children.length));
  return L.divIcon({ html: body, className: 'incident-cluster', iconSize: [30, 30] });
}

function drawLegend(legend) {
  legend.replaceChildren(...Object.keys(TYPE_NAMES).map((type) =>
    el('span', { class: 'legend-item' }, el('span', { class: `swatch ${typeClass(type)}` }), typeName(type))));
}
