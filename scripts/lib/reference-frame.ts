// The yardstick of the browser benches on a shared machine: a frame of fixed script worth a given
// time when the machine runs it uninterrupted. Injected into the page (page.addInitScript) as plain
// script, so that the bench page and the app are measured against the same one.
//
// window.__cxReference.calibrate(ms): how many iterations of the fixed script take `ms` here, from the
//   fastest of a few runs that long (Chromium coarsens performance.now() to 0.1 ms: under 1 % of it).
// window.__cxReference.frame(iterations): at the start of the next frame (a requestAnimationFrame
//   callback) runs that many iterations, and resolves with the time from then until the frame is
//   painted, measured as the benches measure an edit (a MessageChannel message posted first).
//
// The same work every time: how much longer a reference frame takes than the fastest one shows how
// much slower the machine was running (other processes, other tenants) than at its best. The benches
// time one after each edit, so that both see the same machine, and take the edits' times back to the
// machine at its best by that ratio (the calibration's accuracy does not enter it).

export const REFERENCE_SCRIPT = `(() => {
  let sink = 0;
  const spin = (n) => {
    let x = sink | 0;
    for (let i = 0; i < n; i++) x = (Math.imul(x, 1103515245) + 12345) | 0;
    sink = x;
  };
  window.__cxReference = {
    calibrate(ms) {
      spin(1e6); spin(1e6); spin(1e6);
      const time = (n) => { const t = performance.now(); spin(n); return Math.max(performance.now() - t, 0.1); };
      const n = Math.round((4e6 * ms) / time(4e6));
      let fastest = Infinity;
      for (let run = 0; run < 5; run++) fastest = Math.min(fastest, time(n));
      return Math.round((n * ms) / fastest);
    },
    frame(iterations) {
      return new Promise((resolve) => {
        requestAnimationFrame(() => {
          const t0 = performance.now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => { channel.port1.close(); resolve(performance.now() - t0); };
          channel.port2.postMessage(0);
          spin(iterations);
        });
      });
    },
  };
})();`;

export interface ReferenceApi {
  calibrate(ms: number): number;
  frame(iterations: number): Promise<number>;
}

declare global {
  interface Window { __cxReference?: ReferenceApi }
}
