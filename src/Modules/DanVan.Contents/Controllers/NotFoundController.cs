using DanVan.Orchard.Display;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Contents.Controllers;

/// <summary>Any path no page answers, inside a running tenant: the theme's 404 page.</summary>
public sealed class NotFoundController : Controller
{
    public IActionResult Index() => this.NotFoundPage();
}
