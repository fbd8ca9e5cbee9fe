[assembly: DanVan.Orchard.Display.Theme("DanVan.AdminTheme", "Giao diện quản trị", IsAdminTheme = true)]
