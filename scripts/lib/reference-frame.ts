// The yardstick of the browser benches on a shared machine: a frame of fixed script worth a given
// time when the machine runs it uninterrupted. Injected into the page (page.addInitScript) as plain
// script, so that the bench page and the app are measured against the same one.
//
// window.__cxReference.calibrate(ms): how many iterations of the fixed script take `ms` here, from the
//   fastest of a few runs long enough for the timer (Chromium coarsens performance.now() to 0.1 ms).
// window.__cxReference.frame(iterations): at the start of the next frame (a requestAnimationFrame
//   callback) runs that many iterations, and resolves with the time from then until the frame is
//   painted, measured as the benches measure an edit (a MessageChannel message posted first).
//
// A frame of the yardstick takes what 16 ms of work takes on the machine as it is at that moment; the
// benches time one after each edit, so that both see the same machine.

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
      const n = 4e6;
      let fastest = Infinity;
      for (let run = 0; run < 7; run++) {
        const t = performance.now();
        spin(n);
        fastest = Math.min(fastest, performance.now() - t);
      }
      return Math.round((n * ms) / Math.max(fastest, 0.1));
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
