// The timeline: incidents per day as bars, ceasefire agreements shaded from the day they were
// reached, alleged violations ticked. Dragging across days selects a range (the map follows);
// a double-click clears it.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

const DAY = 86400;

function dayOf(iso) {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 1000;
}
function isoOf(seconds) {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

export function createTimeline(container, onRange) {
  let plot = null;
  let marks = { windows: [], ticks: [] };
  let days = [];

  function draw(u) {
    const { ctx } = u;
    const top = u.bbox.top;
    const height = u.bbox.height;
    ctx.save();
    ctx.fillStyle = 'rgba(46, 139, 87, 0.13)';
    for (const w of marks.windows) {
      const x0 = u.valToPos(dayOf(w.from), 'x', true);
      const x1 = u.valToPos(w.to ? dayOf(w.to) + DAY : u.scales.x.max, 'x', true);
      ctx.fillRect(x0, top, Math.max(2, x1 - x0), height);
    }
    ctx.fillStyle = '#c0392b';
    for (const t of marks.ticks) {
      const x = u.valToPos(dayOf(t) + DAY / 2, 'x', true);
      ctx.fillRect(x - 1, top, 2, 8 * devicePixelRatio);
    }
    ctx.restore();
  }

  function build(events, width) {
    const counts = new Map();
    for (const e of events) {
      const d = e.date?.date;
      if (d && d.length >= 10) counts.set(dayOf(d), (counts.get(dayOf(d)) || 0) + 1);
    }
    const keys = [...counts.keys()].sort((a, b) => a - b);
    days = [];
    if (keys.length) for (let d = keys[0] - DAY; d <= keys[keys.length - 1] + DAY; d += DAY) days.push(d);
    const values = days.map((d) => counts.get(d) || 0);
    const options = {
      width,
      height: 150,
      legend: { show: false },
      cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
      select: { show: true },
      scales: { x: { time: true } },
      axes: [{}, { size: 30, incrs: [1, 2, 5, 10, 20, 50] }],
      series: [{}, {
        label: 'incidents',
        fill: 'rgba(52, 73, 94, 0.75)',
        stroke: 'rgb(52, 73, 94)',
        paths: uPlot.paths.bars({ size: [0.8, 40] }),
        points: { show: false },
      }],
      hooks: {
        drawClear: [draw],
        setSelect: [(u) => {
          if (u.select.width < 2) return;
          const from = u.posToVal(u.select.left, 'x');
          const to = u.posToVal(u.select.left + u.select.width, 'x');
          if (!Number.isFinite(from) || !Number.isFinite(to)) return;  // a plot with no days
          onRange(isoOf(Math.floor(from / DAY) * DAY), isoOf(Math.floor(to / DAY) * DAY));
        }],
      },
    };
    container.replaceChildren();
    plot = new uPlot(options, [days, values], container);
    plot.over.addEventListener('dblclick', () => {
      plot.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
      onRange('', '');
    });
  }

  return {
    show(events, width) { build(events, width); },
    setMarks(next) { marks = next; plot?.redraw(false); },
    // Shows the range chosen elsewhere (the URL, the date inputs) as the selection.
    select(from, to) {
      if (!plot || !days.length) return;
      if (!from && !to) { plot.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false); return; }
      const left = plot.valToPos(from ? dayOf(from) : days[0], 'x');
      const right = plot.valToPos((to ? dayOf(to) : days[days.length - 1]) + DAY, 'x');
      plot.setSelect({ left, width: Math.max(1, right - left), top: 0, height: plot.bbox.height / devicePixelRatio }, false);
    },
    resize(width) { plot?.setSize({ width, height: 150 }); },
  };
}
