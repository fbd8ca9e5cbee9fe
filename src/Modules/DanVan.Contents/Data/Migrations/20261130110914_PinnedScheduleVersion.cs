using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Contents.Data.Migrations
{
    /// <inheritdoc />
    public partial class PinnedScheduleVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CancelReason",
                table: "ContentPublishSchedule",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CancelledBy",
                table: "ContentPublishSchedule",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CancelledUtc",
                table: "ContentPublishSchedule",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VersionId",
                table: "ContentPublishSchedule",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VersionStamp",
                table: "ContentPublishSchedule",
                type: "TEXT",
                maxLength: 36,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CancelReason",
                table: "ContentPublishSchedule");

            migrationBuilder.DropColumn(
                name: "CancelledBy",
                table: "ContentPublishSchedule");

            migrationBuilder.DropColumn(
                name: "CancelledUtc",
                table: "ContentPublishSchedule");

            migrationBuilder.DropColumn(
                name: "VersionId",
                table: "ContentPublishSchedule");

            migrationBuilder.DropColumn(
                name: "VersionStamp",
                table: "ContentPublishSchedule");
        }
    }
}
