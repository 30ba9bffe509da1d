/**
 * Word lists for suggested passphrases (./passphrase.ts): 256 concrete, friendly words each, with
 * no accents so that they type the same on every keyboard. Four words give 32 bits: at the sign-in
 * limit of one client address (better-auth's limiter, lib/auth/server.ts), over a century of guessing.
 */

export const FRENCH_WORDS = [
  "ananas", "arbre", "avion", "balle", "banane", "bateau", "biscuit", "bougie", "bouton", "brique", "cactus",
  "cadeau", "camion", "canard", "carotte", "castor", "cerise", "chaise", "chameau", "chapeau", "chat", "cheval",
  "chien", "citron", "clown", "cochon", "colline", "coquille", "corde", "couleur", "crayon", "cygne", "dauphin",
  "dessin", "domino", "dragon", "fleur", "flocon", "fourmi", "fraise", "fromage", "girafe", "gomme", "gorille",
  "grenouille", "guitare", "hamac", "hibou", "horloge", "igloo", "jardin", "jouet", "jungle", "kayak", "koala",
  "lapin", "lampe", "lavande", "lion", "livre", "loup", "lune", "lutin", "mangue", "marmotte", "melon", "miel",
  "mouton", "moulin", "musique", "nuage", "orange", "ours", "panda", "papillon", "parapluie", "pastel", "patin",
  "perle", "piano", "pingouin", "pirate", "pizza", "plage", "plume", "poire", "pomme", "poney", "poisson",
  "potiron", "poule", "prairie", "puzzle", "radis", "raisin", "renard", "requin", "robot", "rocher", "rose",
  "ruban", "sable", "sapin", "savon", "serpent", "singe", "sirop", "soleil", "souris", "stylo", "sucre",
  "tambour", "tapis", "taupe", "tigre", "tomate", "tortue", "tracteur", "train", "trompette", "tulipe", "vache",
  "valise", "vanille", "violon", "volcan", "wagon", "yaourt", "bleu", "rouge", "vert", "jaune", "violet",
  "blanc", "gris", "brun", "abricot", "agneau", "aigle", "algue", "ancre", "anneau", "ardoise", "argile",
  "baleine", "bambou", "bandeau", "berger", "biche", "bijou", "blouson", "bocal", "bonnet", "botte", "boussole",
  "brioche", "brocoli", "buisson", "cabane", "caillou", "capitaine", "caramel", "carton", "casque", "cerf",
  "champ", "chaton", "chenille", "chocolat", "ciel", "cirque", "citrouille", "clavier", "cloche", "coccinelle",
  "compas", "concombre", "coton", "crabe", "croissant", "cube", "dinosaure", "encre", "escargot", "falaise",
  "farine", "fanfare", "feuille", "ficelle", "figue", "fontaine", "galet", "gaufre", "gazelle", "glace",
  "gland", "goutte", "grain", "grotte", "hamster", "harpe", "hirondelle", "houx", "jonquille", "judo", "kangourou",
  "kiwi", "lac", "lama", "lanterne", "licorne", "lilas", "limace", "loutre", "luge", "macaron", "manteau",
  "marron", "mascotte", "mirabelle", "moineau", "montagne", "morse", "moto", "muguet", "myrtille", "navet",
  "noisette", "noix", "oasis", "olive", "ombre", "orage", "oreiller", "orgue", "otarie", "paille", "palmier",
  "panier", "papaye", "parc", "pelle", "persil", "phare", "pigeon", "pinceau", "pirogue", "pluie", "poivre",
  "pollen", "pompier", "prune", "puits", "radeau", "raquette", "ravioli",
] as const;

export const ENGLISH_WORDS = [
  "apple", "anchor", "badger", "balloon", "bamboo", "banana", "basket", "beach", "beaver", "bell", "berry",
  "bicycle", "biscuit", "blanket", "blue", "boat", "bottle", "bread", "brick", "bridge", "brush", "bucket",
  "butter", "button", "cabin", "cactus", "camel", "camera", "candle", "canoe", "canyon", "carrot", "castle",
  "cat", "cello", "chair", "cherry", "chess", "circus", "cliff", "cloud", "clover", "coconut", "comet", "cookie",
  "copper", "coral", "cotton", "crayon", "cricket", "crystal", "cup", "daisy", "desert", "dolphin", "donkey",
  "dragon", "drum", "duck", "eagle", "engine", "falcon", "feather", "fern", "ferry", "fig", "finch", "flute",
  "forest", "fossil", "fox", "frog", "garden", "giraffe", "glacier", "glove", "goat", "golden", "grape",
  "guitar", "hammock", "harbor", "harp", "hazel", "hedgehog", "helmet", "heron", "hill", "honey", "horse",
  "igloo", "island", "ivy", "jacket", "jam", "jelly", "jungle", "kayak", "kettle", "kite", "kiwi", "koala",
  "ladder", "lake", "lamp", "lantern", "lemon", "lily", "lion", "lizard", "llama", "lobster", "maple", "marble",
  "meadow", "melon", "mint", "mitten", "monkey", "moon", "moose", "mountain", "muffin", "mushroom", "needle",
  "nest", "noodle", "oak", "ocean", "octopus", "olive", "orange", "orbit", "otter", "owl", "paddle", "panda",
  "paper", "parrot", "peach", "peanut", "pear", "pebble", "pelican", "pencil", "penguin", "pepper", "piano",
  "pickle", "pillow", "pine", "pirate", "pizza", "planet", "plum", "pocket", "pony", "popcorn", "potato",
  "puffin", "pumpkin", "puzzle", "quilt", "rabbit", "radish", "rainbow", "raven", "river", "robin", "robot",
  "rocket", "rose", "ruby", "saddle", "salmon", "sandal", "scarf", "seal", "shadow", "shell", "silver", "skate",
  "sled", "snail", "snow", "sock", "spoon", "squirrel", "star", "stone", "straw", "sugar", "summer", "sun",
  "swan", "table", "tiger", "toast", "tomato", "tortoise", "tower", "tractor", "train", "tree", "trumpet",
  "tulip", "turnip", "turtle", "umbrella", "valley", "velvet", "violin", "volcano", "wagon", "walnut", "walrus",
  "water", "whale", "wheel", "willow", "window", "winter", "wolf", "wool", "yellow", "yogurt", "zebra", "acorn",
  "almond", "apron", "arrow", "autumn", "bagel", "banjo", "beetle", "blossom", "bonnet", "breeze", "bubble",
  "cabbage", "canary", "carpet", "cedar", "cheese", "chimney", "cinnamon", "compass", "cradle", "crane",
  "dune", "emerald", "fiddle", "firefly", "flag", "flower", "garlic",
] as const;
