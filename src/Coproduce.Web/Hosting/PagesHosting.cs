using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Hosting;

/// <summary>Razor Pages, with model binding that never writes its own (English-only) messages.</summary>
internal static class PagesHosting
{
    public static IServiceCollection AddCoproducePages(this IServiceCollection services)
    {
        services.AddRazorPages()
            .AddMvcOptions(mvc =>
            {
                // Forms bind text and the page checks it, with messages in the page's language; a non-nullable
                // property must not make MVC add its own English "field is required".
                mvc.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            });
        services.AddOptions<Microsoft.AspNetCore.Mvc.MvcOptions>().Configure<IStringLocalizer<SharedResource>>((mvc, text) =>
        {
            var messages = mvc.ModelBindingMessageProvider;
            messages.SetValueIsInvalidAccessor(_ => text["Form.ValueInvalid"]);
            messages.SetAttemptedValueIsInvalidAccessor((_, _) => text["Form.ValueInvalid"]);
            messages.SetValueMustBeANumberAccessor(_ => text["Form.ValueInvalid"]);
            messages.SetMissingBindRequiredValueAccessor(_ => text["Form.ValueInvalid"]);
            messages.SetValueMustNotBeNullAccessor(_ => text["Form.ValueInvalid"]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => text["Form.ValueInvalid"]);
            messages.SetUnknownValueIsInvalidAccessor(_ => text["Form.ValueInvalid"]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["Form.ValueInvalid"]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Form.ValueInvalid"]);
            messages.SetMissingKeyOrValueAccessor(() => text["Form.ValueInvalid"]);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => text["Form.ValueInvalid"]);
        });
        return services;
    }
}
