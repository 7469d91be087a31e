// leaflet.markercluster extends the global `L`; this module sets it before that plugin loads.
import L from 'leaflet';

window.L = L;
export default L;
