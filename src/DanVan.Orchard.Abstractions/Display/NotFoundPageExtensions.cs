using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Orchard.Display;

public static class NotFoundPageExtensions
{
    /// <summary>The site theme's 404 page (<c>Views/Shared/NotFound.cshtml</c>) with status 404.</summary>
    public static ViewResult NotFoundPage(this Controller controller)
    {
        var view = controller.View("~/Views/Shared/NotFound.cshtml");
        view.StatusCode = StatusCodes.Status404NotFound;
        return view;
    }
}
