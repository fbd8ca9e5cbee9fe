using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.AuditTrail.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditTrailEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ContentItemVersionId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditTrailEvents", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrailEvents_ContentItemId",
                table: "AuditTrailEvents",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrailEvents_CreatedUtc",
                table: "AuditTrailEvents",
                column: "CreatedUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditTrailEvents");
        }
    }
}
