"use client";

/** Last resort when the root layout itself fails: no providers are available, so both languages show. */
export default function GlobalError({ reset }: Readonly<{ error: Error & { digest?: string }; reset: () => void }>) {
  return (
    <html lang="fr">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "4rem auto", padding: "0 1rem" }}>
        <h1>Une erreur est survenue</h1>
        <p>La page n&apos;a pas pu s&apos;afficher. Vos réponses déjà enregistrées ne sont pas perdues.</p>
        <p lang="en">Something went wrong. The page could not be shown; answers already saved are not lost.</p>
        <button type="button" onClick={reset}>
          Réessayer / Try again
        </button>
      </body>
    </html>
  );
}
