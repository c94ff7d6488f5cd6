using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace ElectionTool.Areas.Identity.Pages;

/// <summary>
/// Gives Identity's own forms' checks an English message that is a resource key (their [Required] has none), so the
/// data-annotations localizer shows it in the user's language like every other message.
/// </summary>
public sealed class ValidationTexts : IValidationMetadataProvider
{
    public const string Required = "The {0} field is required.";

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<RequiredAttribute>())
        {
            if (attribute.ErrorMessage is null && attribute.ErrorMessageResourceName is null)
            {
                attribute.ErrorMessage = Required;
            }
        }
    }
}
