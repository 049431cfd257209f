// Placeholder until its issue lands: an honest line, no fake content.
export function CopingScreen() {
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Coping box</h1>
      <p>This part of Harbor is coming next.</p>
    </section>
  );
}
