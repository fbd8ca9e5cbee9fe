using DanVan.Orchard.Display;

[assembly: Theme("DanVan.Theme", "Giao diện Ban Dân vận")]
