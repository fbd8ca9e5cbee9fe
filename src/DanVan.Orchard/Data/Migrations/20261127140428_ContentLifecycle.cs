using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Orchard.Data.Migrations
{
    /// <inheritdoc />
    public partial class ContentLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_ContentType_Latest_ModifiedUtc",
                table: "ContentItems");

            migrationBuilder.AddColumn<string>(
                name: "ConcurrencyStamp",
                table: "ContentItems",
                type: "TEXT",
                maxLength: 36,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "Removed",
                table: "ContentItems",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ContentType_Latest_Removed_ModifiedUtc",
                table: "ContentItems",
                columns: new[] { "ContentType", "Latest", "Removed", "ModifiedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_ContentType_Latest_Removed_ModifiedUtc",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "ConcurrencyStamp",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "Removed",
                table: "ContentItems");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ContentType_Latest_ModifiedUtc",
                table: "ContentItems",
                columns: new[] { "ContentType", "Latest", "ModifiedUtc" });
        }
    }
}
