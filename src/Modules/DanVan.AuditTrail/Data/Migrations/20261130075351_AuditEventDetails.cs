using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.AuditTrail.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuditEventDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClientAddress",
                table: "AuditTrailEvents",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Details",
                table: "AuditTrailEvents",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrailEvents_Category_CreatedUtc",
                table: "AuditTrailEvents",
                columns: new[] { "Category", "CreatedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditTrailEvents_Category_CreatedUtc",
                table: "AuditTrailEvents");

            migrationBuilder.DropColumn(
                name: "ClientAddress",
                table: "AuditTrailEvents");

            migrationBuilder.DropColumn(
                name: "Details",
                table: "AuditTrailEvents");
        }
    }
}
