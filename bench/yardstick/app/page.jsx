/** A Next.js hello-world page: what `npm run bench` divides the app's figures by. */
export default function Page() {
  return <p>Hello, world</p>;
}
