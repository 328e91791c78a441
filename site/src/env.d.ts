// What a request carries through Astro.locals: only the preview route (pages/xem-truoc.astro)
// sets anything; static pages render with empty locals.
declare namespace App {
  interface Locals {
    preview?: import('./lib/render/preview').Preview;
  }
}
